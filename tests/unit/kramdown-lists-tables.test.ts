import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderMd } from './helpers'

// What Jekyll 4 (kramdown 2.4 with kramdown-parser-gfm 1.1) renders for the same input.

describe('kramdown span extensions at the start of a line', () => {
  it('keeps {::nomarkdown}…{:/} at the start of a paragraph or an item in its paragraph', async () => {
    const { html } = await renderMd(
      '{::nomarkdown}<b>X</b>{:/nomarkdown} OK\nmore\n\n* {::nomarkdown}Y{:/}\n    test',
    )
    assert.equal(html, '<p><b>X</b> OK\nmore</p>\n<ul>\n<li>Y\ntest</li>\n</ul>')
  })
})

describe('kramdown list items', () => {
  it('put the content at the column after all the white space behind the marker, tabs to stops of four', async () => {
    const { html } = await renderMd(
      '*     text\n      more\n\n      para\n\n1.     x\n       y\n\n* \t  \tsome text\n        * nested',
    )
    assert.equal(
      html,
      '<ul>\n<li>\n<p>text\nmore</p>\n<p>para</p>\n</li>\n</ul>\n<ol>\n<li>x\ny</li>\n</ol>\n<ul>\n<li>some text\n<ul>\n<li>nested</li>\n</ul>\n</li>\n</ul>',
    )
  })
})
