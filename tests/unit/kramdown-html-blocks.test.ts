import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderMd } from './helpers'

// kramdown's HTML block rules where a tag shares its line with other content (checked against
// kramdown 2.4 with GFM input, as Jekyll renders).
const PARSE = '{::options parse_block_html="true" /}\n\n'

describe('kramdown HTML blocks sharing lines', () => {
  it('starts a paragraph with the text after a comment that opens a block', async () => {
    const one = await renderMd('<!-- x --> para')
    assert.equal(one.html, '<!-- x -->\n<p>para</p>')
    const lines = await renderMd('<!--\nBlah\n--> para\nmore\n\nnext')
    assert.equal(lines.html, '<!--\nBlah\n-->\n<p>para\nmore</p>\n<p>next</p>')
  })

  it('starts a block with the text after an element end tag', async () => {
    const raw = await renderMd('<div>\nid\n</div> test\nmore')
    assert.equal(raw.html, '<div>\nid\n</div>\n<p>test\nmore</p>')
    const one = await renderMd('<div>a</div> *b*')
    assert.equal(one.html, '<div>a</div>\n<p><em>b</em></p>')
  })

  it('parses an element whose content shares its open tag line, with parse_block_html', async () => {
    const { html } = await renderMd(
      PARSE + '<div>id *x*\n</div> test\n\n<div>\nhallo\n</div> <div>\nb\n</div>',
    )
    assert.equal(
      html,
      '<div><p>id <em>x</em></p></div>\n<p>test</p>\n<div><p>hallo</p></div>\n<div><p>b</p></div>',
    )
  })

  it('reads an end tag that closes no element as text, not where an HTML block may run', async () => {
    const { html } = await renderMd('para\n\n</div>\n\npara\n</p>\nmore')
    assert.equal(html, '<p>para</p>\n<p>&#x3C;/div></p>\n<p>para\n&#x3C;/p>\nmore</p>')
    const open = await renderMd('<div class="a"\nid="b">\nx\n</div>')
    assert.equal(open.html, '<div class="a" id="b">\nx\n</div>')
  })

  it('writes a raw block as kramdown: a stray end tag or a lone `<` is text, open elements close', async () => {
    const { html } = await renderMd('<div>\n</p> <http://x.org> a<b\n<SoMe>doit</some>\n</div>')
    assert.equal(
      html,
      '<div>\n&#x3C;/p> &#x3C;http://x.org> a&#x3C;b\n<some>doit&#x3C;/some>\n&#x3C;/div></some></div>',
    )
  })

  it('makes a block of an XML element, an empty one, or one CommonMark reads as a paragraph', async () => {
    const { html } = await renderMd(
      '<video src="v.mp4">fallback</video>\n\n<x:y a:b="1">t</x:y>\n\n<webgen:block name="test" />',
    )
    assert.equal(
      html,
      '<video src="v.mp4">fallback</video>\n<x:y a:b="1">t</x:y>\n<webgen:block name="test"></webgen:block>',
    )
  })

  it('keeps a one-line raw element in front of a parsed element its line goes on with', async () => {
    const { html } = await renderMd(PARSE + '<pre>*a*</pre><p>*b*\nc\n</p>\n\nd')
    assert.equal(html, '<pre tabindex="0">*a*</pre>\n<p><em>b</em>\nc</p>\n<p>d</p>')
  })

  it('keeps a <script> line in the paragraph above it, as span HTML (not <SCRIPT>)', async () => {
    const { html } = await renderMd(
      'para\n<script>\nlet a = "*x*"\n</script>\nmore\n\npara\n<SCRIPT>b</SCRIPT>',
    )
    assert.equal(
      html,
      '<p>para\n<script>\nlet a = "*x*"\n</script>\nmore</p>\n<p>para</p>\n<script>b</script>',
    )
  })

  it('with parse_block_html, parses a one-line element with text after its end tag', async () => {
    // The first `</p>` ends the element, even inside backticks; the rest starts a paragraph.
    const code = await renderMd(PARSE + '<p>A `</p>` b.</p>\n\nc')
    assert.equal(code.html, '<p>A `</p>\n<p>` b.&#x3C;/p></p>\n<p>c</p>')
    const two = await renderMd(PARSE + '<p>A *b*</p><p>\nc *d*\n</p>\n\ne')
    assert.equal(two.html, '<p>A <em>b</em></p>\n<p>c <em>d</em></p>\n<p>e</p>')
  })

  it('with parse_block_html, ends indented code at a nested tag, and an end tag in code is text', async () => {
    const nested = await renderMd(PARSE + '<div>\n    a\n  <div>\n    b\n  </div>\n</div>')
    assert.equal(
      nested.html.replace(/<div class="code-block">.*?<code>(.*?)<\/code><\/pre><\/div>/gs, '[$1]'),
      '<div>[<span class="line"><span>a</span></span>]<div>[<span class="line"><span>b</span></span>]</div></div>',
    )
    const inCode = await renderMd(PARSE + '<div>\n    code with </div>\n</div>\n\nafter')
    assert.equal(
      inCode.html.replace(/<div class="code-block">.*?<code>(.*?)<\/code><\/pre><\/div>/gs, '[$1]'),
      '<div>[<span class="line"><span>code with &#x3C;/div></span></span>]</div>\n<p>after</p>',
    )
  })
})
