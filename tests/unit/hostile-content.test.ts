import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { xml2js, type Element as XmlElement } from 'xml-js'
import { loadContent } from '@/lib/content'
import { formatIssue } from '@/lib/content/issues'
import { buildFeed } from '@/lib/feeds'
import { tempSite } from './temp-site'

const d = 'tests/fixtures/hostile-content'
const script = (what: string, url: string) =>
  `${what} uses a script or data URL "${url}" (expected an http(s), mailto or site-relative URL)`
const scriptsOff =
  '<script> scripts are off for this document (expected no <script>; to allow one, set content.scripts in site.yaml and scripts: true in the front matter, see "What content can do" in the README)'
const noSlug = (tag: string) =>
  `tags: "${tag}" has no letter or digit to make its page's URL from (expected a word such as compilers)`
const builtBy = (url: string, by: string, field = 'permalink') =>
  `URL ${url} is one the build writes itself (from ${by}) (expected a ${field} of its own)`

describe('hostile content', () => {
  it('refuses every case at its file, line and column', async () => {
    const { content, issues } = await loadContent(d)
    assert.equal(content, undefined)
    assert.deepEqual(issues.map(formatIssue), [
      `${d}/pages/control-entity.md:5:1: ${script('<a href>', '\\u0001javascript:alert(1)')}`,
      `${d}/pages/formaction.md:5:7: ${script('<button formaction>', 'javascript:alert(1)')}`,
      `${d}/pages/inline-script.md:5:1: ${scriptsOff}`,
      `${d}/pages/meta-refresh.md:5:1: ${script('<meta content>', 'javascript:alert(1)')}`,
      `${d}/pages/scripts-not-allowed.md:3:1: scripts: true, but site.yaml does not allow scripts (expected content.scripts: per-page in site.yaml, or no scripts key)`,
      `${d}/pages/tab-entity.md:5:1: ${script('<a href>', 'java\\tscript:alert(1)')}`,
      `${d}/pages/xlink.md:5:6: ${script('<a xlink:href>', 'javascript:alert(1)')}`,
      `${d}/posts/2024-01-01-alias-bomb.md:4:8: invalid YAML: Excessive alias count indicates a resource exhaustion attack (expected at most 100 uses of aliases such as *name)`,
      `${d}/posts/2024-01-02-dot-tags.md:3:1: ${noSlug('.')}`,
      `${d}/posts/2024-01-02-dot-tags.md:3:1: ${noSlug('..')}`,
      `${d}/posts/2024-01-02-dot-tags.md:3:1: ${noSlug('///')}`,
      `${d}/posts/2024-01-03-mdx-style.mdx:5:1: <div style="..."> cannot be rendered: in MDX a style must be an object, and expressions are blocked (expected a className, or the element in a .md file)`,
      `${d}/posts/2024-01-06-image-climbs.md:5:1: image /../../favicon.ico leads outside the content and public folders (expected a file under public/)`,
      `${d}/posts/2024-01-07-script-image.md:3:1: ${script('image', 'javascript:alert(1)')}`,
      `${d}/posts/2024-01-08-mdx-script.mdx:5:1: ${scriptsOff}`,
      `${d}/posts/2024-01-09-folder/index.md:5:1: image ../../../../../../etc/hostname leads outside the content and public folders (expected a file at ../etc/hostname)`,
      `${d}/oss.yaml:6:5: contributions.0.url: expected an http(s) URL`,
      `${d}/publications.bib:5:3: ${script('BibTeX field url', 'javascript:alert(1)')}`,
      `${d}/publications.bib:6:3: ${script('BibTeX field pdf', 'javascript:alert(2)')}`,
      `${d}/publications.bib:7:3: ${script('BibTeX field code', 'vbscript:msgbox(3)')}`,
      `${d}/pages/favicon-permalink.md:3:1: ${builtBy('/favicon.ico/', 'public/favicon.ico')}`,
      `${d}/pages/tags-permalink.md:3:1: ${builtBy('/tags/', 'app/tags/page.tsx')}`,
      `${d}/posts/2024-01-05-redirect-feed.md:3:1: ${builtBy('/feed.xml/', 'app/feed.xml/route.ts', 'redirect_from')}`,
      `${d}/posts/2024-01-04-redirect-posts.md:3:1: ${builtBy('/posts/', 'app/posts/page.tsx', 'redirect_from')}`,
    ])
  })

  it('refuses script URLs and non-URLs in site.yaml', async () => {
    const s = 'tests/fixtures/hostile-site-yaml/site.yaml'
    const { issues } = await loadContent('tests/fixtures/hostile-site-yaml')
    assert.deepEqual(issues.map(formatIssue), [
      `${s}:4:1: url: expected the address the site is served at, such as https://example.org`,
      `${s}:9:5: author.employer.url: expected an http(s) or mailto URL`,
      `${s}:15:5: social.0.url: expected an http(s) or mailto URL`,
    ])
  })
  it('takes an origin as url, and reports a path in it at its line', async () => {
    const site = (url: string) =>
      `title: T\ndescription: D\nurl: ${url}\nauthor:\n  name: A\nnav:\n  - title: Home\n    url: /\n`
    const project = tempSite({ 'site.yaml': site('https://ada.github.io/notes/') })
    const origin = tempSite({ 'site.yaml': site('https://ada.github.io/') })
    try {
      const { issues } = await loadContent(project)
      assert.deepEqual(issues.map(formatIssue), [
        `${project}/site.yaml:3:1: url: expected the site's origin only, such as https://ada.github.io (a site served under a path, such as a GitHub Pages project site, gets the path from BASE_PATH when it is built)`,
      ])
      const ok = await loadContent(origin)
      assert.deepEqual(ok.issues.map(formatIssue), [])
      assert.equal(ok.content?.site.url, 'https://ada.github.io')
    } finally {
      for (const dir of [project, origin]) fs.rmSync(dir, { recursive: true })
    }
  })
})

describe('feeds', () => {
  it('carry plain-text titles escaped, and no text breaks out of CDATA', async () => {
    const title = 'A </script><script>alert(1)</script> ]]><b>bold</b> & co'
    const dir = tempSite({
      'posts/2024-01-01-t.md': `---\ntitle: ${JSON.stringify(title)}\ndescription: "]]><img src=x onerror=alert(1)>"\n---\n\nText with ]]> in it.\n`,
    })
    const { content, issues } = await loadContent(dir)
    fs.rmSync(dir, { recursive: true })
    assert.ok(content, issues.map(formatIssue).join('\n'))
    const texts = (xml: string, name: string) => {
      // xml-js parses strictly (sax): a broken CDATA section would not parse.
      const found: string[] = []
      const walk = (el: XmlElement) => {
        if (el.name === name)
          found.push((el.elements ?? []).map((c) => c.cdata ?? c.text ?? '').join(''))
        for (const child of el.elements ?? []) walk(child)
      }
      walk(xml2js(xml, { compact: false }) as XmlElement)
      return found
    }
    const atom = (await buildFeed(content, { atom: true })).atom1()
    const rss = (await buildFeed(content)).rss2()
    for (const [xml, entry] of [
      [atom, 'entry'],
      [rss, 'item'],
    ] as const) {
      assert.ok(xml.includes(`<${entry}>`))
      // The reader sees the title as HTML: escaped, it shows the text and holds no element.
      assert.ok(
        texts(xml, 'title').includes(
          'A &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt;&lt;b&gt;bold&lt;/b&gt; &amp; co',
        ),
        xml,
      )
      assert.doesNotMatch(xml, /<script|<img/)
    }
    assert.ok(texts(atom, 'summary')[0]!.startsWith(']]&gt;&lt;img'))
    assert.match(texts(atom, 'content')[0]!, /Text with ]]&gt; in it\./)
    const json = JSON.parse((await buildFeed(content, { json: true })).json1()) as {
      items: { title: string }[]
    }
    assert.equal(json.items[0]!.title, title, 'JSON Feed titles are plain text')
  })
})

describe('a post longer than the feeds carry whole', () => {
  it('has its summary and link in them, and the content check says so', async () => {
    // About 0.7 MiB of paragraphs: past MAX_FEED_TEXT_BYTES (512 KiB).
    const long = Array.from({ length: 6000 }, (_, i) => `Paragraph ${i} ${'of prose '.repeat(11)}`)
    const dir = tempSite({
      'posts/2024-01-01-long.md': `---\ntitle: Long\ndescription: A long one.\n---\n\n${long.join('\n\n')}\n`,
      'posts/2024-01-02-short.md': '---\ntitle: Short\n---\n\nShort text.\n',
    })
    const { content, issues } = await loadContent(dir)
    fs.rmSync(dir, { recursive: true })
    assert.ok(content, issues.map(formatIssue).join('\n'))
    assert.deepEqual(
      issues.map((i) => [i.severity, i.line, i.column]),
      [['warning', 5, 1]],
    )
    assert.match(
      formatIssue(issues[0]!),
      /posts\/2024-01-01-long\.md:5:1: warning: the post is 0\.7 MiB of text: its feed entries carry its summary and link, not the whole text \(the feeds carry posts of up to 512 KiB whole\)$/,
    )
    const atom = (await buildFeed(content, { atom: true })).atom1()
    const entries = atom.split('<entry>').slice(1)
    assert.equal(entries.length, 2)
    const [short, longEntry] = entries
    assert.match(short!, /<content type="html"><!\[CDATA\[<p>Short text\.<\/p>/)
    assert.doesNotMatch(longEntry!, /<content|Paragraph 5999/)
    assert.match(longEntry!, /<summary type="html"><!\[CDATA\[A long one\.\]\]><\/summary>/)
    assert.match(longEntry!, /<link href="https:\/\/t\.example\.org\/[^"]*long\/"\/>/)
    const json = JSON.parse((await buildFeed(content, { json: true })).json1()) as {
      items: { title: string; content_html?: string; summary?: string }[]
    }
    assert.deepEqual(
      json.items.map((i) => [i.title, i.content_html, i.summary]),
      [
        ['Short', '<p>Short text.</p>', 'Short text.'],
        ['Long', '<p>A long one.</p>', 'A long one.'],
      ],
    )
  })
})

describe('files from outside the project', () => {
  it('are never read: links out of content/ and public/ are content errors', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-outside-'))
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'SECRET-TOKEN')
    const dir = tempSite({ 'posts/2024-01-01-p/index.md': '---\ntitle: P\n---\n\nText.\n' })
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'posts/2024-01-01-p/key.txt'))
    fs.symlinkSync(outside, path.join(dir, 'pages/outside'))
    fs.symlinkSync(path.join(dir, 'site.yaml'), path.join(dir, 'pages/inside.yaml'))
    const { issues } = await loadContent(dir)
    fs.rmSync(dir, { recursive: true })
    fs.rmSync(outside, { recursive: true })
    const real = fs.realpathSync(os.tmpdir())
    assert.deepEqual(
      issues.map(formatIssue).map((m) => m.replace(dir, '<site>').replace(real, '<tmp>')),
      [
        `<site>/pages/outside:1:1: is a link to ${outside.replace(os.tmpdir(), '<tmp>')}, outside the content and public folders (expected a file inside them: the build never reads or publishes anything else)`,
        `<site>/posts/2024-01-01-p/key.txt:1:1: is a link to ${outside.replace(os.tmpdir(), '<tmp>')}/secret.txt, outside the content and public folders (expected a file inside them: the build never reads or publishes anything else)`,
      ],
    )
  })

  it('a build with outside links and an escaping image fails, without a stack trace, and publishes no byte of them', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-outside-'))
    const secret = `SECRET-${process.pid}-TOKEN`
    fs.writeFileSync(path.join(outside, 'secret.txt'), secret)
    fs.copyFileSync(
      'tests/fixtures/render-site/posts/2026-01-04-photo/photo.jpg',
      path.join(outside, 'x.jpg'),
    )
    fs.appendFileSync(path.join(outside, 'x.jpg'), secret)
    const site = tempSite({
      'posts/2024-01-01-p/index.md': `---\ntitle: P\n---\n\n![x](/../../../../../../../../..${outside}/x.jpg)\n`,
    })
    const pub = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-public-'))
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(pub, 'secret.txt'))
    fs.symlinkSync(outside, path.join(pub, 'folder'))
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(site, 'posts/2024-01-01-p/key.txt'))
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-out-'))
    fs.writeFileSync(path.join(out, 'index.html'), 'previous build')
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', out], {
      env: { ...process.env, CONTENT_DIR: site, PUBLIC_DIR: pub },
      encoding: 'utf-8',
    })
    const leftovers = (fs.existsSync('.build') ? fs.readdirSync('.build') : []).filter((f) =>
      f.startsWith(`export-${run.pid}`),
    )
    const published = fs.readdirSync(out, { recursive: true }) as string[]
    const bytes = published.map((f) => fs.readFileSync(path.join(out, f)).toString('latin1'))
    for (const dir of [outside, site, pub, out]) fs.rmSync(dir, { recursive: true })
    assert.equal(run.status, 1, run.stderr)
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace')
    assert.equal(run.stderr.match(/outside the content and public folders/g)?.length, 4, run.stderr)
    assert.deepEqual(published, ['index.html'])
    assert.ok(!bytes.some((b) => b.includes(secret)))
    assert.deepEqual(leftovers, [])
  })
})

describe('limits', () => {
  it('report a list nested too deep, and cap the problems listed per file', async () => {
    const dir = tempSite({
      'posts/2024-01-01-deep.md': `---\ntitle: Deep\n---\n\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- a\n`).join('')}`,
      'posts/2024-01-02-braces.md': `---\ntitle: Braces\n---\n\n${'{{ x\n'.repeat(2000)}`,
    })
    const { issues } = await loadContent(dir)
    fs.rmSync(dir, { recursive: true })
    const lines = issues.map(formatIssue).map((m) => m.slice(m.indexOf('posts/')))
    // The deep post is 1 MiB of text (its indentation), more than the feeds carry whole.
    assert.deepEqual(lines.slice(0, 2), [
      'posts/2024-01-01-deep.md:4:1: warning: the post is 1.0 MiB of text: its feed entries carry its summary and link, not the whole text (the feeds carry posts of up to 512 KiB whole)',
      'posts/2024-01-01-deep.md:205:1: this line starts 402 columns deep in lists or quotes (expected at most 400: nesting this deep would take the build minutes)',
    ])
    assert.equal(lines.length, 2 + 101)
    assert.equal(
      lines.at(-1),
      'posts/2024-01-02-braces.md:105:1: more problems in this file from here on are not listed (only the first 100 are; fix those and check again)',
    )
  })

  it('report a paragraph of more than 10,000 brackets, at the one past the cap', async () => {
    const fenced = '```json\n' + '[1],'.repeat(20_000) + '\n```\n'
    const dir = tempSite({
      // 5,000 brackets in each of two paragraphs, and 40,000 in code: under the cap.
      'posts/2024-01-01-under.md': `---\ntitle: Under\n---\n\n${'[a]'.repeat(2500)}\n\n${'[b]'.repeat(2500)}\n\n${fenced}`,
      // The 10,001st bracket of one paragraph (on its third line) is the first `[` of `[c]`.
      'posts/2024-01-02-over.md': `---\ntitle: Over\n---\n\n${'[a]'.repeat(2500)}\n${'[b]'.repeat(2500)}\nx [c]\n`,
    })
    const { issues } = await loadContent(dir)
    fs.rmSync(dir, { recursive: true })
    const lines = issues.map(formatIssue).map((m) => m.slice(m.indexOf('posts/')))
    assert.deepEqual(lines, [
      "posts/2024-01-02-over.md:7:3: this paragraph has more than 10,000 brackets (`[` and `]`) here (expected at most that many between blank lines: the Markdown parser's time grows with the square of their number)",
    ])
  })
})
