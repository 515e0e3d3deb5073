import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { planImport } from '@/lib/import/jekyll-site'
import { bracketSpacedDestinations } from '@/lib/import/link-destinations'
import { convertMathJax } from '@/lib/import/math'
import { compareSites } from '../../scripts/jekyll-compare/compare'
import { renderMd } from './helpers'

// Rules the corpus of real Jekyll sites needed after the first round (issue 15), each on the
// smallest input that shows it.

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-rules-'))
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

test('display math in a raw <div> that MathJax typeset is typeset at build time', async () => {
  const md = 'Derivative:\n\n<div>\n$$\n\\frac{a}{b}\n= c\n$$\n</div>\n\nafter'
  const converted = convertMathJax(md, { typesets: true, markdown: true })
  assert.equal(converted.text.split('\n').length, md.split('\n').length)
  assert.match(converted.text, /^<div markdown="1">$/m)
  assert.match(converted.notes.map((n) => `${n.line}: ${n.message}`).join('\n'), /^3: the formula/m)
  const { html } = await renderMd(converted.text)
  assert.match(html, /<div><span class="katex-display"/)
  // Not where the page typeset nothing, not with other text in the block, not in code.
  assert.equal(convertMathJax(md, { typesets: false, markdown: true }).text, md)
  const mixed = '<div>\n$$x$$ is a formula\n</div>'
  assert.equal(convertMathJax(mixed, { typesets: true, markdown: true }).text, mixed)
  const fenced = '```html\n<div>\n$$\nx\n$$\n</div>\n```'
  assert.equal(convertMathJax(fenced, { typesets: true, markdown: true }).text, fenced)
})

test('a link or image target with spaces (kramdown reads it as a URL) stays a link', async () => {
  const md =
    '![](/assets/SECDA Methodology.png) and [the essay](You and Your Research) and [t](/a "A title") `[c](d e)`'
  const { text, notes } = bracketSpacedDestinations(md)
  assert.equal(
    text,
    '![](</assets/SECDA Methodology.png>) and [the essay](<You and Your Research>) and [t](/a "A title") `[c](d e)`',
  )
  assert.equal(notes.length, 2)
  const { html } = await renderMd(text)
  assert.match(html, /<img src="\/assets\/SECDA%20Methodology\.png"/)
  assert.match(html, /<a href="You%20and%20Your%20Research">the essay<\/a>/)
})

test('an image path with spaces is checked against the site: present is kept, missing is listed', () => {
  const dir = tree({
    '_config.yml': 'title: T\n',
    'assets/SECDA Methodology.png': 'png',
    '_posts/2020-01-01-a.md':
      '---\ntitle: A\n---\n![](/assets/SECDA Methodology.png)\n\n![](/assets/Not There.png)\n',
  })
  const plan = planImport(dir)
  const post = String(plan.files.find((f) => f.target === 'content/posts/2020-01-01-a.md')!.data)
  assert.match(post, /!\[\]\(<\/assets\/SECDA Methodology\.png>\)/)
  const flagged = plan.report.notes
    .filter((n) => n.kind === 'flagged' && n.message.startsWith('image'))
    .map((n) => n.message)
  assert.deepEqual(flagged, [
    'image /assets/Not There.png is not in the Jekyll site: kept as source for review',
  ])
})

test('the comparison names what the old layout added; what the page wrote must be there', () => {
  const siteDir = tree({
    '_config.yml': 'title: T\n',
    '_posts/2014-09-02-a.md':
      '---\ntitle: A\n---\nFirst paragraph of the post.\n\nSecond paragraph, about [convnets](http://cs231n.github.io/).\n',
  })
  const layout = (body: string) =>
    `<!doctype html><html><body><article><p class="meta">Sep 2, 2014</p>${body}<a href="http://disqus.com">comments powered by Disqus</a></article></body></html>`
  const page = 'a/index.html'
  const oldOut = tree({
    [page]: layout(
      '<p>First paragraph of the post.</p><p>Second paragraph, about <a href="http://cs231n.github.io/">convnets</a>.</p>',
    ),
  })
  const run = (newBody: string) => {
    const newOut = tree({
      [page]: `<!doctype html><html><body><main>${newBody}</main></body></html>`,
    })
    const result = compareSites({
      siteDir,
      oldOut,
      newOut,
      urls: [{ old: '/a/', new: '/a/', title: 'A', source: '_posts/2014-09-02-a.md' }],
      origins: [],
    })
    return result.pages[0]!.differences.map((d) => `${d.verdict} ${d.kind}: ${d.detail}`)
  }
  const kept = run(
    '<p>2 September 2014</p><p>First paragraph of the post.</p><p>Second paragraph, about <a href="http://cs231n.github.io/">convnets</a>.</p>',
  )
  assert.equal(kept.filter((d) => d.startsWith('loss')).length, 0, kept.join('\n'))
  assert.ok(
    kept.includes("known link: http://disqus.com/: the old layout's link, not the page's"),
    kept.join('\n'),
  )
  assert.ok(
    kept.some((d) => d.startsWith("known text: the old layout's, not the page's: sep 2 2014")),
    kept.join('\n'),
  )
  const lost = run('<p>2 September 2014</p><p>First paragraph of the post.</p>')
  assert.deepEqual(
    lost.filter((d) => d.startsWith('loss')),
    [
      'loss text: second paragraph about convnets',
      'loss link: http://cs231n.github.io/: not on the new page',
    ],
  )
})
