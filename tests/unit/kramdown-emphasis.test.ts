import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pairMarkers } from '@/lib/markdown/emphasis-rules'
import { renderMd } from './helpers'

// What Jekyll 4 (kramdown 2.4 with kramdown-parser-gfm 1.1) renders for the same input.
describe("kramdown's pairing of emphasis markers", () => {
  it('closes an emphasis at the first marker that fits, and a strong one the same way', async () => {
    const { html } = await renderMd('*a *b* c* and *a **b* c**')
    assert.equal(html, '<p><em>a *b</em> c* and *a <strong>b* c</strong></p>')
  })

  it('tries an unclosed `**` as an emphasis, and never closes an emphasis at a `**`', async () => {
    const { html } = await renderMd('**a* then *a*** then ***a** then ***a***')
    assert.equal(
      html,
      '<p><strong>a* then <em>a</em></strong> then <strong><em>a** then **</em>a</strong>*</p>',
    )
    assert.equal(
      (await renderMd('How much time do I **really* spend')).html,
      '<p>How much time do I <em>*really</em> spend</p>',
    )
  })

  it('reads `_` after a letter, or before a letter or digit as a closer, as text', async () => {
    const { html } = await renderMd('_a_b_ snake_case_name a-_b_ __a_')
    assert.equal(html, '<p><em>a_b</em> snake_case_name a-_b_ <em>_a</em></p>')
  })

  it('pairs around code spans and links, and inside a link on its own', async () => {
    const { html } = await renderMd('This ****is empty. *a `*` b* *[a*](/u) b*')
    assert.equal(
      html,
      '<p>This <em>**</em>is empty. <em>a <code>*</code> b</em> <em><a href="/u/">a*</a> b</em></p>',
    )
  })

  it('keeps the positions of the text across lines', async () => {
    const { html } = await renderMd('***:\n(*** and *a\nb*')
    assert.equal(html, '<p><strong><em>:\n(</em></strong> and <em>a\nb</em></p>')
  })

  it('reads a long line of markers that do not close in linear time', () => {
    // kramdown: the first `**` closes nowhere, so it opens an emphasis that ends at the last `*`.
    const text = '**a *b _c '.repeat(5000) + '*d*'
    const started = performance.now()
    const pairs = pairMarkers(text, (at) => text[at] === '*' || text[at] === '_')
    assert.deepEqual(
      pairs.map((p) => [p.kind, p.open, p.openLength, p.close]),
      [['emphasis', 0, 1, text.length - 1]],
    )
    assert.ok(performance.now() - started < 10_000, 'took more than 10 s')
  })
})
