import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Root } from 'hast'
import { h } from 'hastscript'
import { EXTERNAL_LINK_NOTE } from '@/lib/markdown/external-links'
import { outline } from '@/lib/markdown/outline'
import { renderMd } from './helpers'

// The screen-reader label of an external link is for screen readers: plain text (excerpts, and the
// meta, Open Graph and JSON-LD descriptions made from them) never shows it.
test('the excerpt leaves out screen-reader labels', () => {
  const tree: Root = {
    type: 'root',
    children: [
      h('p', [
        'See ',
        h('a', { href: 'https://example.org', className: ['external'] }, [
          'the paper',
          h('span', { className: ['visually-hidden'] }, EXTERNAL_LINK_NOTE),
        ]),
        ' for more.',
      ]),
    ],
  }
  assert.equal(outline(tree).excerpt, 'See the paper for more.')
})

// An imported post keeps the author's commented-out markup (`<!-- <div class="toc">… -->`) and its
// scripts in the page: neither is text a reader reads, so neither reaches the excerpt (and the
// descriptions made from it), the table of contents or the reading time.
test('the excerpt, contents and word count leave out comments, scripts and styles', () => {
  const tree: Root = {
    type: 'root',
    children: [
      h('p', ['Tap the chart.', { type: 'comment', value: ' an inline note ' }]),
      { type: 'comment', value: '\n<div class="toc">\n  <h3>Contents</h3>\n</div>\n' },
      h('script', 'drawChart("#chart") // many words of code here'),
      h('style', '.chart { fill: red }'),
      h('p', 'Second paragraph.'),
      { type: 'comment', value: 'more' },
      h('h2', { id: 'one' }, ['One', { type: 'comment', value: 'draft' }]),
      h('p', 'Rest.'),
    ],
  }
  const { excerpt, toc, readingMinutes } = outline(tree)
  assert.equal(excerpt, 'Tap the chart. Second paragraph.')
  assert.deepEqual(toc, [{ depth: 2, id: 'one', text: 'One' }])
  assert.equal(readingMinutes, 1)
})

// kramdown's `{:toc}` puts the author's own table of contents in the page: the site adds none.
test('a page with its own {:toc} list gets no second table of contents', async () => {
  const headings = ['One', 'Two', 'Three'].map((t) => h('h2', { id: t.toLowerCase() }, t))
  assert.equal(outline({ type: 'root', children: headings }).toc.length, 3)
  const { html } = await renderMd('* toc\n{:toc}\n\n## One\n\n## Two\n\n## Three\n')
  assert.match(html, /<ul id="markdown-toc">/)
  const own = h('div', [
    h('ul', { id: 'markdown-toc' }, [
      h('li', [h('a', { href: '#one', id: 'markdown-toc-one' }, 'One')]),
    ]),
  ])
  assert.deepEqual(outline({ type: 'root', children: [own, ...headings] }).toc, [])
})
