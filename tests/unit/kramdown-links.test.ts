import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderMd } from './helpers'

// What Jekyll 4 (kramdown 2.4 with kramdown-parser-gfm 1.1) renders for the same input.

describe('kramdown links', () => {
  it('writes a link URL as the author wrote it, without percent-encoding', async () => {
    const { html } = await renderMd('[a](<with space.html> "t") [b][r]\n\n[r]: <ü b.html>')
    assert.equal(html, '<p><a href="with space.html" title="t">a</a> <a href="ü b.html">b</a></p>')
  })

  it('puts the attributes given to a link definition on the links that use it', async () => {
    const { html } = await renderMd(
      'See [a] and [b].\n\n[a]: a.html "t"\n{: hreflang="en" .x}\n\n{: .y}\n[b]: b.html',
    )
    assert.equal(
      html,
      '<p>See <a class="x" hreflang="en" href="a.html" title="t">a</a> and <a class="y" href="b.html">b</a>.</p>',
    )
  })
})

describe('kramdown inline links', () => {
  it('takes URLs with spaces, an unbalanced parenthesis before a title, and links in link text as text', async () => {
    const { html } = await renderMd(
      '[a](with spaces.html) [b *c*](x y.html \'t\') [d](to(do "e") [f [g](h.html) i](j.html) ' +
        '[k](l(m.html) *[n](o p)*',
    )
    assert.equal(
      html,
      '<p><a href="with spaces.html">a</a> <a href="x y.html" title="t">b <em>c</em></a> ' +
        '<a href="to(do" title="e">d</a> <a href="j.html">f [g](h.html) i</a> ' +
        '[k](l(m.html) <em><a href="o p">n</a></em></p>',
    )
  })

  it('makes no link of one with an empty title: it is text', async () => {
    const { html } = await renderMd('[a *b*](x.html \'\') and [c](d.html "")')
    assert.equal(html, '<p>[a <em>b</em>](x.html ‘’) and [c](d.html “”)</p>')
  })
})

describe('kramdown link definitions', () => {
  it('takes a URL with spaces, a title on the next line, and lets the last definition of a name win', async () => {
    const { html } = await renderMd(
      "[a], [b], [c]\n\n[a]: some file.html\n[b]: x.html\n    'T'\n[c]: first.html\n [c]: last.html",
    )
    assert.equal(
      html,
      '<p><a href="some file.html">a</a>, <a href="x.html" title="T">b</a>, <a href="last.html">c</a></p>',
    )
  })

  it('leaves as text a definition inside a paragraph, with an empty title or unmatched quotes', async () => {
    const { html } = await renderMd(
      "Para\n[a]: a.html\n\n[b]: b.html ''\n\n[c]: c.html 'x\"\n\n[a] [b] [c]",
    )
    assert.equal(
      html,
      '<p>Para\n[a]: a.html</p>\n<p>[b]: b.html ‘’</p>\n<p>[c]: c.html ‘x”</p>\n<p>[a] [b] [c]</p>',
    )
  })

  it('reads an indented line after a definition as code', async () => {
    const { html } = await renderMd('[a]: a.html\n    [b]: b.html\n\n[a]')
    assert.match(
      html,
      /^<div class="code-block"><pre[^>]*><code><span class="line"><span>\[b\]: b\.html</,
    )
    assert.match(html, /<p><a href="a\.html">a<\/a><\/p>$/)
  })

  it('links `[text] [name]` (white space or a line break between) to the definition of name', async () => {
    const { html } = await renderMd('[A] [n] and [B]\n[n] and [m] [n]\n\n[n]: n.html\n[m]: m.html')
    assert.equal(
      html,
      '<p><a href="n.html">A</a> and <a href="n.html">B</a> and <a href="n.html">m</a></p>',
    )
  })

  it("uses the link_defs option's definitions, which the document's own override", async () => {
    const { markdownToHast } = await import('@/lib/markdown/markdown')
    const { toHtml } = await import('hast-util-to-html')
    const { VFile } = await import('vfile')
    const file = new VFile({ path: 'a.md', value: '[p] and [x][T] and [o]\n\n[o]: own.html' })
    const tree = await markdownToHast(file, '', {
      link_defs: { p: ['p.html'], t: ['t.html', 'T'], o: ['other.html'] },
    })
    assert.equal(
      toHtml(tree),
      '<p><a href="p.html">p</a> and <a href="t.html" title="T">x</a> and <a href="own.html">o</a></p>',
    )
  })
})

describe('kramdown autolinks', () => {
  it('shows a mailto autolink without its scheme and decodes entities in an autolink', async () => {
    const { html } = await renderMd('<mailto:a@example.com> <https://example.com/?a&amp;b=&quot;c>')
    assert.equal(
      html,
      '<p><a href="mailto:a@example.com">a@example.com</a> <a href="https://example.com/?a&#x26;b=&#x22;c" class="external">https://example.com/?a&#x26;b="c' +
        '<span class="visually-hidden" data-pagefind-ignore=""> (external link)</span></a></p>',
    )
  })

  it('takes e-mail addresses with non-ASCII letters', async () => {
    const { html } = await renderMd(
      '<übung@macht.de>, <ü.äß@hülse.de> <ü@x> but not <ü+a@x.de> or <ä b@c.de>',
    )
    assert.equal(
      html,
      '<p><a href="mailto:übung@macht.de">übung@macht.de</a>, <a href="mailto:ü.äß@hülse.de">ü.äß@hülse.de</a> <a href="mailto:ü@x">ü@x</a> but not &#x3C;ü+a@x.de> or &#x3C;ä b@c.de></p>',
    )
  })

  it('links no bare URL or e-mail address (Jekyll has no GFM autolink literals)', async () => {
    const { html } = await renderMd('See https://example.com/, www.example.com and a@example.com.')
    assert.equal(html, '<p>See https://example.com/, www.example.com and a@example.com.</p>')
  })
})
