import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { offsetLevel } from '@/lib/markdown/headings'
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

  it('makes a setext heading only of one line that starts a block', async () => {
    const { html } = await renderMd('Head\n====\n\nTwo\nlines\n====\n\n# Atx\nUnder\n----')
    assert.equal(
      html,
      '<h1 id="head">Head</h1>\n<p>Two\nlines\n====</p>\n<h1 id="atx">Atx</h1>\n<p>Under\n—-</p>',
    )
  })

  it('takes a setext heading after an attribute list or an end-of-block marker', async () => {
    const { html } = await renderMd('{: .c}\nHead\n----\n\nText\n^\nNext\n====')
    assert.match(html, /<h2 class="c" id="head">Head/)
    assert.match(html, /<p>Text<\/p>\n<h1 id="next">Next/)
  })

  it('reads a rule under a paragraph as its text, unless it is also a list item', async () => {
    const { html } = await renderMd('One\nTwo\n---\nThree\n\nA\n***\n\nB\n- - -')
    assert.equal(html, '<p>One\nTwo\n—\nThree</p>\n<p>A\n***</p>\n<p>B</p>\n<hr>')
  })

  it('puts the lines under a quote in the quote, up to a blank line', async () => {
    const { html } = await renderMd('> Quote\n## Heading\n- item\n\n> Quote\nLine\n-\n\nAfter')
    assert.match(
      html,
      /^<blockquote>\n<p>Quote<\/p>\n<h2 id="heading">Heading<a [^]*<\/h2>\n<ul>\n<li>item<\/li>\n<\/ul>\n<\/blockquote>\n/,
    )
    assert.match(html, /<blockquote>\n<p>Quote\nLine\n-<\/p>\n<\/blockquote>\n<p>After<\/p>$/)
  })

  it('ends a quote at an attribute list, an end-of-block marker or an HTML block tag', async () => {
    const { html } = await renderMd(
      '> A\n{: .q}\n\n> B\n^\nText\n\n> C\n<div>x</div>\n\n> D\n<span>E</span>',
    )
    assert.match(html, /<blockquote class="q">\n<p>A<\/p>\n<\/blockquote>/)
    assert.match(html, /<blockquote>\n<p>B<\/p>\n<\/blockquote>\n<p>Text<\/p>/)
    assert.match(html, /<blockquote>\n<p>C<\/p>\n<\/blockquote>\n<div>x<\/div>/)
    assert.match(html, /<blockquote>\n<p>D\n<span>E<\/span><\/p>\n<\/blockquote>/)
  })

  it('keeps a lazy line under indented code after a setext heading in the code', async () => {
    const { html } = await renderMd('Head\n-\nText\n\n       code\n=')
    assert.match(html, /<code><span class="line"><span>   code =<\/span>/)
  })

  it('moves Markdown headings by header_offset, within 1 to 6, and lists the levels written', async () => {
    const { html } = await renderMd(
      '{::options header_offset="1" toc_levels="1" /}\n\n* toc\n{:toc}\n\n# One\n\n## Two\n\nSet\n===\n\n<h1>Raw</h1>',
    )
    assert.match(html, /<h2 id="one">One/)
    assert.match(html, /<h3 id="two">Two/)
    assert.match(html, /<h2 id="set">Set/)
    assert.match(html, /<h1 id="raw">Raw<\/h1>/)
    const toc = /<ul id="markdown-toc">[^]*?<\/ul>/.exec(html)?.[0] ?? ''
    assert.deepEqual(
      [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]),
      ['one', 'set'],
    )
    const lower = await renderMd('{::options header_offset="-1" /}\n\n# One\n\n## Two')
    assert.match(lower.html, /<h1 id="one">One<\/h1>\n<h1 id="two">Two<\/h1>/)
    assert.equal(offsetLevel(6, 1), 6)
  })
})
