import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderMd } from './helpers'

// kramdown's content models for HTML blocks (kramdown/parser/html.rb): a table, a list or any
// element it does not name is raw, even with parse_block_html, except an element inside it that
// has a markdown attribute of its own; a <p> holds span Markdown, also on one line.
const PARSE = '{::options parse_block_html="true" /}\n\n'
const TABLE =
  '<table class="t">\n\n<tr id="r1" >\n<td align="right">\n1.\n</td>\n<td>\n\n' +
  '<em>T</em> [a](https://e.org/a)<br>\nBy *x*\n' +
  '<div id="abs" class="box" markdown="1">\nThe *abstract*.\n</div>\n</td>\n</tr>\n\n' +
  '<tr>\n<td>\n2.\n</td>\n<td>\n<div markdown="1">\nMore *b*.\n</div>\n</td>\n</tr>\n</table>\n\nAfter *c*.'

describe('kramdown raw HTML', () => {
  it('reads a processing instruction as text, and a comment under a line as part of its paragraph', async () => {
    const { html } = await renderMd(
      '<?xml version="1.0"?>\n\nA <?php x ?> b\n\ntext\n<!-- c -->\nmore',
    )
    assert.equal(
      html,
      '<p>&#x3C;?xml version=”1.0”?></p>\n<p>A &#x3C;?php x ?> b</p>\n<p>text\n<!-- c -->\nmore</p>',
    )
  })

  for (const [name, prefix] of [
    ['with parse_block_html', PARSE],
    ['without', ''],
  ])
    it(`keeps a table's cells as written and parses a markdown="1" block inside (${name})`, async () => {
      const { html } = await renderMd(prefix + TABLE)
      assert.doesNotMatch(html, /<ol>|<li>/)
      assert.match(html, /<td align="right">\n1\.\n<\/td>/)
      assert.match(html, /<em>T<\/em> \[a\]\(https:\/\/e\.org\/a\)<br>\nBy \*x\*/)
      assert.match(html, /<div id="abs" class="box"><p>The <em>abstract<\/em>\.<\/p><\/div>/)
      assert.match(html, /<td>\n<div><p>More <em>b<\/em>\.<\/p><\/div>\n<\/td>/)
      assert.match(html, /<\/table>\n<p>After <em>c<\/em>\.<\/p>$/)
    })

  it('leaves the content of a <pre> as text, a markdown attribute inside it too', async () => {
    const { html } = await renderMd('<pre>\n<div markdown="1">\n*a*\n</div>\n</pre>')
    assert.match(html, /^<pre[^>]*><div[^>]*>\n\*a\*\n<\/div>\n<\/pre>$/)
  })

  it('parses the text of a one-line <p> with parse_block_html, inside a <div> too', async () => {
    const md = '<p class="c">See [a](/x/).</p>\n\n<div class="w">\n\n<p>See [b](/y/).</p>\n\n</div>'
    const parsed = await renderMd(PARSE + md)
    assert.match(parsed.html, /^<p class="c">See <a href="\/x\/">a<\/a>\.<\/p>/)
    assert.match(parsed.html, /<div class="w"><p>See <a href="\/y\/">b<\/a>\.<\/p><\/div>$/)
    const raw = await renderMd(md)
    assert.match(raw.html, /^<p class="c">See \[a\]\(\/x\/\)\.<\/p>/)
  })

  it('reads an element kramdown does not name as span HTML as a block to its end tag', async () => {
    const { html } = await renderMd(
      '<svg width="10">\n\n  <text markdown="span">Use CSS</text>\n</svg>\n\n*[CSS]: C',
    )
    assert.match(
      html,
      /^<svg width="10">\n\n\s*<text>Use <abbr title="C">CSS<\/abbr><\/text>\n<\/svg>$/,
    )
  })
})
