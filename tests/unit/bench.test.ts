import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { generateSite, syntheticPost } from '../../scripts/bench/generate'
import { BIG_POST_FILE, bigPost, stepSeconds, writeBigPostSite } from '../../scripts/bench/big-post'
import { buildTimeChart, niceStep } from '../../scripts/bench/chart'
import { measure, parseStat, treeRss } from '../../scripts/bench/measure'

function digest(dir: string): string {
  const hash = createHash('sha256')
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, file)
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full))
  }
  return hash.digest('hex')
}

describe('bench content generator', () => {
  it('writes the same bytes for the same post count', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-gen-'))
    const [a, b] = [path.join(tmp, 'a'), path.join(tmp, 'b')]
    // A site with every section, not content/: a fork's own content may have none of them.
    const full = 'tests/fixtures/full-site/content'
    await generateSite(a, 12, full, 0.1)
    await generateSite(b, 12, full, 0.1)
    assert.equal(digest(a), digest(b))
    assert.equal(fs.readdirSync(path.join(a, 'posts')).length, 12)
    assert.ok(fs.existsSync(path.join(a, 'publications.bib')))
    fs.rmSync(tmp, { recursive: true })
  })

  it('takes a site without publications or open-source work (a fork after `npm run init`)', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-gen-'))
    await generateSite(path.join(tmp, 'a'), 3, 'tests/fixtures/minimal-site', 0.1)
    assert.deepEqual(fs.readdirSync(path.join(tmp, 'a')).sort(), [
      '.images',
      'pages',
      'posts',
      'site.yaml',
    ])
    fs.rmSync(tmp, { recursive: true })
  })

  it('mixes prose, code, math, tables and images', () => {
    const posts = Array.from({ length: 10 }, (_, i) => syntheticPost(i))
    const all = posts.map((p) => p.body).join('\n')
    assert.match(all, /```(ts|python|rust|c|go|bash|cpp|yaml|sql)\n/)
    assert.match(all, /\$\$\n\\sum/)
    assert.match(all, /\| --- \| ---: \|/)
    assert.equal(posts.filter((p) => p.image).length, 2)
    assert.equal(new Set(posts.map((p) => p.slug)).size, 10)
    assert.notEqual(posts[0]!.body, posts[1]!.body)
  })
})

describe('big-post generator', () => {
  it('writes the same bytes for the same arguments, about the size asked for', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-big-'))
    const [a, b] = [path.join(tmp, 'a'), path.join(tmp, 'b')]
    writeBigPostSite(a, 0.2)
    writeBigPostSite(b, 0.2)
    assert.equal(digest(a), digest(b))
    const size = fs.statSync(path.join(a, BIG_POST_FILE)).size
    assert.ok(size >= 0.2 * 2 ** 20 && size < 0.21 * 2 ** 20, `${size} bytes`)
    assert.deepEqual(fs.readdirSync(a).sort(), ['pages', 'posts', 'site.yaml'])
    assert.ok(bigPost(0.4).length > 1.9 * size)
    fs.rmSync(tmp, { recursive: true })
  })

  it('mixes headings, prose, lists, tables, code, math, links and footnotes', () => {
    const post = bigPost(0.05)
    assert.match(post, /^## .* \{#sec-1\}$/m)
    assert.match(post, /^### /m)
    assert.match(post, /^- .*\n {2}- /m)
    assert.match(post, /^1\. /m)
    assert.match(post, /^\| ---: \| --- \|/m)
    assert.match(post, /^\| .* \| see\[\^\d+\] \|$/m)
    assert.match(post, /^```(python|ts|c|bash)\n/m)
    assert.match(post, /\$\$\n\\sum/)
    assert.match(post, /\]\(#sec-0\)/)
    assert.match(post, /\]\(https:\/\/example\.org\/runs\/\d+\)/)
    assert.match(post, /^\[\^1\]: /m)
  })

  it("reads the step times from the build's summary line", () => {
    const log = 'x\n\nSteps: content 57.1 s, next build 171.7 s, output checks 10.8 s\n9 pages'
    assert.deepEqual(stepSeconds(log), {
      content: 57.1,
      'next build': 171.7,
      'output checks': 10.8,
    })
  })
})

describe('bench measurement', () => {
  it('parses /proc/<pid>/stat even when the command name has spaces and parentheses', () => {
    const stat =
      '4242 (node (x) y) S 17 4242 4242 0 -1 4194304 100 0 0 0 250 30 7 3 20 0 11 0 999 123456789 2048 18446744073709551615'
    assert.deepEqual(parseStat(stat), { ppid: 17, cutime: 7, cstime: 3, rssPages: 2048 })
  })

  it('sums RSS over a process tree', () => {
    const table = new Map([
      [1, { ppid: 0, rssPages: 1 }],
      [2, { ppid: 1, rssPages: 10 }],
      [3, { ppid: 2, rssPages: 100 }],
      [4, { ppid: 0, rssPages: 1000 }],
    ])
    assert.equal(treeRss(2, table), 110 * 4096)
  })

  it('measures wall time, child CPU time and peak memory of a real command', async () => {
    // A child that busy-loops until it has used 0.4 s of CPU, with a 100 MB buffer in a grandchild process.
    const script = `const b = Buffer.alloc(100e6, 1); while (process.cpuUsage().user < 400e3); console.log(b[0])`
    const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-m-')), 'log')
    const m = await measure('sh', ['-c', `"${process.execPath}" -e '${script}'`], { log })
    assert.equal(m.exitCode, 0)
    assert.ok(m.wallSeconds >= 0.4, `wall ${m.wallSeconds}`)
    assert.ok(m.cpuSeconds >= 0.39, `cpu ${m.cpuSeconds}`)
    assert.ok(m.peakRssBytes >= 100e6, `peak ${m.peakRssBytes}`)
    assert.equal(fs.readFileSync(log, 'utf8').trim(), '1')
  })
})

describe('bench chart', () => {
  it('is an accessible SVG with one line per generator and a description of every point', () => {
    const svg = buildTimeChart([
      {
        name: 'gibsonic',
        points: [
          { n: 100, seconds: 20 },
          { n: 1000, seconds: 45.5 },
        ],
      },
      {
        name: 'hugo',
        points: [
          { n: 100, seconds: 0.2 },
          { n: 1000, seconds: 1.1 },
        ],
      },
    ])
    assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="title desc"/)
    assert.match(
      svg,
      /<desc id="desc">gibsonic: 100 posts in 20\.0 s, 1000 posts in 45\.5 s; hugo: /,
    )
    assert.equal(svg.match(/<polyline /g)?.length, 2)
    assert.equal(niceStep(45.5), 10)
    assert.equal(niceStep(400), 100)
  })
})
