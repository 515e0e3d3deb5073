import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { fileSlug } from '@/lib/import/documents'
import { planImport } from '@/lib/import/jekyll-site'
import { compareSites } from '../../scripts/jekyll-compare/compare'

// What Jekyll accepts and real sites have, which stopped the import's build or lost a URL: file
// names in other scripts, links to files the site never had, header images likewise, a baseurl
// written into links, pages at URLs the site makes itself, Windows line ends (issue 15).

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'odd-sites-'))
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

const CONFIG = 'title: T\ndescription: D\nurl: https://lee.example.org\n'
const text = (plan: ReturnType<typeof planImport>, target: string) =>
  String(plan.files.find((f) => f.target === target)?.data)

test("a post's file name in another script gets an ASCII slug; its URL stays Jekyll's", () => {
  assert.equal(fileSlug('café-crème'), 'cafe-creme')
  assert.equal(fileSlug('Spaces and CAPS'), 'Spaces-and-CAPS')
  assert.match(fileSlug('日本語の記事'), /^post-[0-9a-f]{8}$/)
  assert.notEqual(fileSlug('日本語の記事'), fileSlug('漢字'))
  const dir = site({
    '_config.yml': CONFIG,
    '_posts/2020-05-06-café-crème.md': '---\ntitle: Café\n---\nText.\n',
  })
  const plan = planImport(dir)
  const post = text(plan, 'content/posts/2020-05-06-cafe-creme.md')
  assert.match(post, /^permalink: \/2020\/05\/06\/café-crème\/$/m)
  assert.match(post, /^ {2}- \/2020\/05\/06\/café-crème\.html$/m)
  fs.rmSync(dir, { recursive: true })
})

test('a link or header image to a file the Jekyll site never had is kept as text, reported', () => {
  const dir = site({
    '_config.yml': `${CONFIG}baseurl: /blog\n`,
    'files/cv.pdf': 'pdf',
    'assets/head.png': 'png',
    '_posts/2020-01-01-a.md':
      '---\ntitle: A\nimage: /assets/missing.png\n---\n[missing](/files/nothere.pdf) and [cv](/files/cv.pdf) and <a href="/blog/files/cv.pdf">CV</a> and [a page](/somewhere/).\n',
    '_posts/2020-01-02-b.md': '---\ntitle: B\nimage: assets/head.png\n---\nB.\n',
  })
  const plan = planImport(dir)
  const a = text(plan, 'content/posts/2020-01-01-a.md')
  assert.ok(a.includes('missing and [cv](/files/cv.pdf)'), a)
  // The baseurl names the same file: the link stays.
  assert.ok(a.includes('<a href="/blog/files/cv.pdf">CV</a>'), a)
  // A page may come from a plugin: the build's link check decides.
  assert.ok(a.includes('[a page](/somewhere/)'), a)
  assert.doesNotMatch(a, /^image:/m)
  assert.match(text(plan, 'content/posts/2020-01-02-b.md'), /^image: \/assets\/head\.png$/m)
  const flagged = plan.report.notes
    .filter((n) => n.kind === 'flagged')
    .map((n) => `${n.file}:${n.line} ${n.message}`)
  assert.ok(
    flagged.includes(
      '_posts/2020-01-01-a.md:3 image: /assets/missing.png is not in the Jekyll site: the post has no header image',
    ),
    flagged.join('\n'),
  )
  assert.ok(
    flagged.some((f) => f.startsWith('_posts/2020-01-01-a.md:5 link to "/files/nothere.pdf"')),
    flagged.join('\n'),
  )
  fs.rmSync(dir, { recursive: true })
})

test('a listing at a URL the site makes itself is left out; a page below one moves, flagged', () => {
  const dir = site({
    '_config.yml': `${CONFIG}include: [_pages]\n`,
    '_pages/tags.html':
      '---\ntitle: Tags\npermalink: /tags/\n---\n{% for tag in site.tags %}{{ tag[0] }}{% endfor %}\n',
    'projects/alpha/index.md': '---\ntitle: Alpha\nredirect_from: /tags/alpha/\n---\nAlpha.\n',
  })
  const plan = planImport(dir)
  assert.ok(
    !plan.files.some((f) => f.target.includes('tags')),
    plan.files.map((f) => f.target).join(),
  )
  assert.deepEqual(
    plan.report.urls.filter((u) => u.sitesOwn).map((u) => `${u.old} → ${u.new}`),
    ['/tags/ → /tags/'],
  )
  const alpha = text(plan, 'content/pages/projects/alpha/index.md')
  assert.match(alpha, /^permalink: \/pages\/projects\/alpha\/$/m)
  // No redirect page can stand at /tags/alpha/, where the site's tag pages go.
  assert.doesNotMatch(alpha, /redirect_from/)
  assert.ok(
    plan.report.notes.some(
      (n) =>
        n.kind === 'flagged' &&
        n.file === 'projects/alpha/index.md' &&
        /is at \/pages\/projects\/alpha\//.test(n.message),
    ),
  )
  fs.rmSync(dir, { recursive: true })
})

test('the comparison reads a source with Windows line ends', () => {
  const siteDir = site({
    '_config.yml': CONFIG,
    'a.md': '---\r\ntags: [windows, crlf]\r\n---\r\nSome words.\r\n',
  })
  const page = '<html><body><main><p>Some words.</p></main></body></html>'
  const oldOut = site({ 'a/index.html': page })
  const newOut = site({ 'a/index.html': page })
  const result = compareSites({
    siteDir,
    oldOut,
    newOut,
    urls: [{ old: '/a/', new: '/a/', title: 'A', source: 'a.md' }],
    origins: [],
  })
  assert.deepEqual(result.pages[0]!.differences, [])
})
