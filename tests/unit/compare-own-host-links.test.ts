import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { authoredText, mentions } from '../../scripts/jekyll-compare/authored'
import { compareSites } from '../../scripts/jekyll-compare/compare'

// A link to the site's own host that the Jekyll site never served (another project published on
// that host, such as name.github.io/slides/) is kept as written: both pages have it, neither site
// serves it, so nothing was lost. A link only the new page cannot resolve is still a loss.

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-links-'))
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

test('an own-host link the old site did not serve either is known; a new broken link is a loss', () => {
  const siteDir = tree({ '_config.yml': 'title: T\nurl: https://me.example.io\n', 'a.md': 'A' })
  const body =
    '<p>Slides <a href="https://me.example.io/slides/talk.html">here</a> and <a href="/b/">b</a>.</p>'
  const oldOut = tree({
    'a/index.html': `<html><body><article><p>Intro text.</p>${body}</article></body></html>`,
    'b/index.html': '<html><body>B</body></html>',
  })
  const newOut = tree({
    'a/index.html': `<html><body><main><p>Intro text.</p>${body}<p><a href="/c/">c</a></p></main></body></html>`,
  })
  const result = compareSites({
    siteDir,
    oldOut,
    newOut,
    urls: [{ old: '/a/', new: '/a/', title: 'A', source: 'a.md' }],
    origins: ['https://me.example.io'],
  })
  const links = result.pages[0]!.differences.filter((d) => d.kind === 'link').map(
    (d) => `${d.verdict} ${d.detail}`,
  )
  assert.deepEqual(links.sort(), [
    'known /slides/talk.html: the old page had this link and the old site did not serve it either (kept as written)',
    'loss /b/: does not resolve on the new site',
    'loss /c/: does not resolve on the new site',
  ])
})

test("a URL counts as the author's only where it is written whole, not as the start of a longer one", () => {
  const siteDir = tree({
    '_config.yml': 'title: T\n',
    '_data/items.yml': '- source: https://github.com/me/thesis\n',
    'a.md': 'Text <img src="{{ item.img }}" alt="">',
    'b.md': '[Home](/) and [repo](https://github.com/me/).',
    'c.md': '<a href="{{ site.baseurl }}/">Home</a>',
  })
  const a = authoredText(siteDir, 'a.md')
  assert.equal(mentions(a, 'http://github.com/me'), false)
  assert.equal(mentions(a, 'https://github.com/me/thesis'), true)
  assert.equal(mentions(a, '/'), false)
  const b = authoredText(siteDir, 'b.md')
  assert.equal(mentions(b, 'http://github.com/me'), true)
  assert.equal(mentions(b, '/'), true)
  assert.equal(mentions(authoredText(siteDir, 'c.md'), '/'), true)
})
