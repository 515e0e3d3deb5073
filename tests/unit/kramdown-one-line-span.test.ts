import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderMd } from './helpers'

// With parse_block_html, a span element on one line (`<dt>*text*</dt>`) holds span Markdown
// also when the next line opens another block element, as in a definition list written in HTML.
const PARSE = '{::options parse_block_html="true" /}\n\n'

describe('kramdown one-line span elements', () => {
  it('parses a one-line <dt> followed by a <dd>', async () => {
    const { html } = await renderMd(PARSE + '<dl>\n<dt>*text*</dt>\n<dd>\npara\n</dd>\n</dl>')
    assert.match(html, /<dt><em>text<\/em><\/dt>/)
    assert.match(html, /<dd><p>para<\/p><\/dd>/)
  })
})
