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

// kramdown reads the content of code, kbd, samp, var (and the like) in a line as raw text, and
// of every span element when parse_span_html is off (what Jekyll renders, kramdown 2.4).
describe('kramdown raw span elements', () => {
  it('keep their content as written: no emphasis, links, escapes or typography', async () => {
    const { html } = await renderMd(
      'Run <kbd>--version</kbd>, <code>*a* [l](u) \\* "q" a < b</code> and <span>*c*</span>.',
    )
    assert.equal(
      html,
      '<p>Run <kbd>--version</kbd>, <code>*a* [l](u) \\* "q" a &#x3C; b</code> and <span><em>c</em></span>.</p>',
    )
  })

  it('keep their content across the lines of a quote, less its markers', async () => {
    const { html } = await renderMd('> a <samp>x --\n> y</samp> -- z')
    assert.match(html, /<p>a <samp>x --\ny<\/samp> – z<\/p>/)
  })

  it('include every span element once parse_span_html is off, except markdown="1"', async () => {
    const { html } = await renderMd(
      '{::options parse_span_html="false" /}\n\nA <span>*b*</span> <em markdown="1">*c*</em> *d*.',
    )
    assert.equal(html, '<p>A <span>*b*</span> <em><em>c</em></em> <em>d</em>.</p>')
  })

  it('have the line breaks inside their attribute values as spaces', async () => {
    const { html } = await renderMd('A <a href="x\ny" title="one\ntwo">b</a>.')
    assert.match(html, /<a href="x y" title="one two">b<\/a>/)
  })
})
