import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderMd, renderMdx } from './helpers'

// kramdown opens a numbered item only with `1.`: `1)` is text, so a wrapped sentence that
// enumerates "1) … and 2) …" stays one paragraph (issue 15). MDX stays CommonMark.
test('a number followed by ) is text in .md, and a list in .mdx', async () => {
  const md =
    'We present two:\n1) the first, and\n2) the second.\n\n1) alone\n\n1. real\n2. list\n\n- a\n+ b'
  const { html } = await renderMd(md)
  assert.equal(
    html,
    '<p>We present two:\n1) the first, and\n2) the second.</p>\n<p>1) alone</p>\n<ol>\n<li>real</li>\n<li>list</li>\n</ol>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>',
  )
  assert.match(await renderMdx('1) one\n2) two'), /<ol>\s*<li>one<\/li>/)
})
