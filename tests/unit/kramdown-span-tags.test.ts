import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderMd } from './helpers'

// kramdown's HTML tags inside a line (checked against kramdown 2.4 with GFM input, as Jekyll
// renders).
describe('kramdown HTML tags in a line', () => {
  it('reads an XML element (a colon in its name) as HTML, its attributes across lines too', async () => {
    const { html } = await renderMd(
      'This <some:url name:spac=\'hallo\'>doit</some:url> and <x:y a="1"\nb="2">t</x:y>',
    )
    assert.equal(
      html,
      '<p>This <some:url name:spac="hallo">doit</some:url> and <x:y a="1" b="2">t</x:y></p>',
    )
  })

  it('pairs an end tag with the element open last only, and closes what is left open', async () => {
    const { html } = await renderMd(
      'a <b>x <i>y</b> z</i> <SoMe>w</some> <sPAn>v</SPAN>\n\n# h </i>',
    )
    assert.equal(
      html,
      '<p>a <b>x <i>y&#x3C;/b> z</i> <some>w&#x3C;/some> <span>v</span></some></b></p>\n' +
        '<h1 id="h-i">h &#x3C;/i></h1>',
    )
  })

  it('pairs the tags of each table cell on their own: a cell closes what it left open', async () => {
    const { html } = await renderMd('| a <em>b | </em> c | <b>d</b> |')
    assert.equal(
      html.replace(/ tabindex="0"/g, '').replace(/\n/g, ''),
      '<table><tbody><tr><td>a <em>b</em></td><td>&#x3C;/em> c</td><td><b>d</b></td></tr></tbody></table>',
    )
  })

  it('writes an empty element with its end tag', async () => {
    const { html } = await renderMd('a <x:y/> <span a="b" /> <br/>')
    assert.equal(html, '<p>a <x:y></x:y> <span a="b"></span> <br></p>')
  })

  it("keeps a block element's tags in a line as text, in any case", async () => {
    const { html } = await renderMd(
      'A <p>block</p>, <hR> and <iframe src="x"></iframe>.\n\n* item <div>x</div>\n\n| <td>a</td> |',
    )
    assert.equal(
      html.replace(/ tabindex="0"/g, '').replace(/\n/g, ''),
      '<p>A &#x3C;p>block&#x3C;/p>, &#x3C;hR> and &#x3C;iframe src="x">&#x3C;/iframe>.</p>' +
        '<ul><li>item &#x3C;div>x&#x3C;/div></li></ul>' +
        '<table><tbody><tr><td>&#x3C;td>a&#x3C;/td></td></tr></tbody></table>',
    )
  })
})
