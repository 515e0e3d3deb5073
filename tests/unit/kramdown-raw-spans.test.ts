import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderMd } from './helpers'

// An HTML element in a line of text with markdown="0" keeps its content as written (kramdown);
// an element inside it with a markdown attribute of its own is Markdown again.
describe('kramdown markdown="0" inside a line', () => {
  it('keeps the content as written, without the attribute', async () => {
    const { html } = await renderMd('A <span markdown="0">*b* <x@y></span> c *d*.')
    assert.match(html, /<span>\*b\* &#x3C;x@y><\/span> c <em>d<\/em>\./)
    assert.doesNotMatch(html, /markdown=/)
  })

  it('parses an element inside it that has markdown="1"', async () => {
    const { html } = await renderMd('A <span markdown="0">*b* <b markdown="1">*c*</b> d</span>.')
    assert.match(html, /<span>\*b\* <b><em>c<\/em><\/b> d<\/span>\./)
  })

  it('drops a markdown attribute from inline HTML', async () => {
    const { html } = await renderMd('A <span markdown="1">*b*</span>.')
    assert.match(html, /A <span><em>b<\/em><\/span>\./)
  })
})
