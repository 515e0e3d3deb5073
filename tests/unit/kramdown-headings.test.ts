import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderMd } from './helpers'

/** Headings as kramdown's GFM parser (Jekyll) makes them: their text and their ids. */
describe('kramdown headings', () => {
  const ids = (html: string) => [...html.matchAll(/<h\d( id="([^"]*)")?/g)].map((m) => m[2] ?? null)

  it('makes ids as Jekyll does from tabs, formulas and text that leaves nothing', async () => {
    const { html } = await renderMd(
      '## before \tafter\n\n## with $$m=5$$\n\n## ;.;\n\n## ;;\n\n## Plain',
    )
    assert.deepEqual(ids(html), ['before--after', 'with-m5', null, '-1', 'plain'])
    // The heading keeps its formula and text; only the id was made from the TeX.
    assert.match(html, /class="katex"/)
  })

  it('leaves a heading without an id when its attribute list sets an empty one', async () => {
    const { html } = await renderMd('## Header without ID\n{: id=""}\n\n## Next')
    assert.deepEqual(ids(html), [null, 'next'])
  })

  it('reads `{#id}` only after white space, and drops a closing # run before it', async () => {
    const { html } = await renderMd('## Header ## {#one}\n\n## Header{#two}')
    assert.match(html, /<h2 id="one">Header</)
    assert.match(html, /<h2 id="headertwo">Header\{#two\}</)
  })

  it('makes a line of `#`s alone a paragraph', async () => {
    const { html } = await renderMd('# \n\n#\n\nText')
    assert.equal(html, '<p>#</p>\n<p>#</p>\n<p>Text</p>')
  })

  it('gives the terms of a definition list marked {:auto_ids} ids, with its prefix', async () => {
    const { html } = await renderMd('{:auto_ids-p-}\nFirst term\n: def\n\n{:#own} Second\n: def')
    assert.match(html, /<dl>\n<dt id="p-first-term">First term<\/dt>/)
    assert.match(html, /<dt id="own">Second<\/dt>/)
    assert.doesNotMatch(html, /data-kramdown/)
  })
})
