import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { answerProblems, contentFiles, parseLink } from '../../scripts/init/content'
import { splitSiteAddress } from '../../lib/urls'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-init-'))
after(() => fs.rmSync(scratch, { recursive: true, force: true }))

/** A scratch copy of the repository's content/ and public/, as a fresh fork has them. */
function freshFork(name: string): string {
  const dir = path.join(scratch, name)
  for (const sub of ['content', 'public']) fs.cpSync(sub, path.join(dir, sub), { recursive: true })
  // In a fork that has already run init, the copy starts over as a fresh fork would.
  fs.rmSync(path.join(dir, 'content/.init.json'), { force: true })
  return dir
}

/** Runs a script as `npm run` would, with no terminal on stdin (so init asks nothing). */
function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  })
  return { status: r.status, out: r.stdout + r.stderr }
}

const FLAGS = ['--name', 'Ada Example', '--url', 'https://ada.example.org/', '--role', 'Researcher']
const files = (dir: string) =>
  (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort()

describe('npm run init', () => {
  it('replaces content/ with a minimal site that passes the content check', () => {
    const dir = freshFork('valid')
    const init = run('scripts/init.ts', [
      '--dir',
      dir,
      ...FLAGS,
      '--link',
      'GitHub=https://github.com/ada',
    ])
    assert.equal(init.status, 0, init.out)
    const content = path.join(dir, 'content')
    assert.deepEqual(
      files(content).map((f) => f.replace(/^posts\/\d{4}-\d\d-\d\d-/, 'posts/DATE-')),
      ['.init.json', 'pages/about.md', 'posts/DATE-example-post.md', 'site.yaml'],
    )
    const check = run('scripts/check-content.ts', [], {
      CONTENT_DIR: content,
      PUBLIC_DIR: path.join(dir, 'public'),
    })
    assert.equal(check.status, 0, check.out)
    // The three commands: build, preview, deploy.
    assert.match(init.out, /npm run build[^\n]*\n\s*npm start[^\n]*\n\s*git add -A/)
  })

  it('given a project site’s address, writes its origin and says BASE_PATH gives the path', () => {
    const dir = freshFork('project')
    const flags = ['--name', 'Ada', '--url', 'https://ada.github.io/notes']
    const init = run('scripts/init.ts', ['--dir', dir, ...flags])
    assert.equal(init.status, 0, init.out)
    assert.match(
      init.out,
      /url: https:\/\/ada\.github\.io\. The Pages workflow builds with BASE_PATH=\/notes/,
    )
    const site = fs.readFileSync(path.join(dir, 'content', 'site.yaml'), 'utf8')
    assert.match(site, /^url: https:\/\/ada\.github\.io$/m)
    const check = run('scripts/check-content.ts', [], {
      CONTENT_DIR: path.join(dir, 'content'),
      PUBLIC_DIR: path.join(dir, 'public'),
    })
    assert.equal(check.status, 0, check.out)
  })

  it('removes the previous owner’s files from public/ and keeps the site’s icon and badges', () => {
    const dir = freshFork('public')
    assert.equal(run('scripts/init.ts', ['--dir', dir, ...FLAGS]).status, 0)
    const left = files(path.join(dir, 'public'))
    assert.ok(left.includes('favicon.ico'))
    assert.ok(left.some((f) => f.startsWith('assets/badges/')))
    assert.ok(!left.includes('assets/pg_profile.jpg'))
  })

  it('refuses to run twice unless forced', () => {
    const dir = freshFork('twice')
    assert.equal(run('scripts/init.ts', ['--dir', dir, ...FLAGS]).status, 0)
    const about = path.join(dir, 'content/pages/about.md')
    fs.appendFileSync(about, '\nThe owner’s own words.\n')
    const again = run('scripts/init.ts', ['--dir', dir, ...FLAGS])
    assert.equal(again.status, 1)
    assert.match(again.out, /already written by npm run init.*\n.*--force/)
    assert.match(fs.readFileSync(about, 'utf8'), /The owner’s own words/)
    assert.equal(run('scripts/init.ts', ['--dir', dir, ...FLAGS, '--force']).status, 0)
    assert.doesNotMatch(fs.readFileSync(about, 'utf8'), /The owner’s own words/)
  })

  it('without a terminal, names every missing flag and writes nothing', () => {
    const dir = freshFork('missing')
    const before = files(path.join(dir, 'content'))
    const r = run('scripts/init.ts', ['--dir', dir, '--url', 'not a url'])
    assert.equal(r.status, 2)
    assert.match(r.out, /--name: .*required/)
    assert.match(r.out, /--url: "not a url" is not an address/)
    assert.deepEqual(files(path.join(dir, 'content')), before)
  })
})

describe('the content init writes', () => {
  const written = contentFiles(
    {
      name: 'Ada Example',
      url: 'https://ada.example.org/',
      description: 'Ada’s site.',
      links: [parseLink('Google Scholar = https://scholar.google.com/x')],
    },
    '2026-01-02',
  )
  it('has one example post, a draft that says it is an example', () => {
    const post = written['posts/2026-01-02-example-post.md']!
    assert.match(post, /^draft: true$/m)
    assert.match(post, /This is an example, not a post by the owner of this site/)
  })
  it('writes the links given, and no role when none was given', () => {
    assert.match(
      written['site.yaml']!,
      /- name: Google Scholar\n\s+url: https:\/\/scholar\.google\.com\/x/,
    )
    assert.match(written['site.yaml']!, /^url: https:\/\/ada\.example\.org$/m)
    assert.doesNotMatch(written['site.yaml']!, /job_title/)
  })
  it('writes the origin of a project site’s address, whose path comes from BASE_PATH', () => {
    const project = contentFiles(
      { name: 'A', url: 'https://ada.github.io/notes/', description: 'D', links: [] },
      '2026-01-02',
    )
    assert.match(project['site.yaml']!, /^url: https:\/\/ada\.github\.io$/m)
    assert.deepEqual(splitSiteAddress('https://ada.github.io/notes/'), {
      origin: 'https://ada.github.io',
      basePath: '/notes',
    })
  })
  it('rejects a link without a name or address', () => {
    assert.deepEqual(
      answerProblems({ name: 'A', url: 'https://a.org', links: [parseLink('https://x')] }),
      ['--link: "=https://x" (expected Name=https://...)'],
    )
  })
})
