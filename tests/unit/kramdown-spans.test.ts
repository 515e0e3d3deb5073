import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderMd } from './helpers'

// What Jekyll 4 (kramdown 2.4 with kramdown-parser-gfm 1.1) renders for the same input.

describe('kramdown backslashes', () => {
  it('escapes only the characters kramdown escapes: before & % , / ; ? @ ^ the backslash stays', async () => {
    const { html } = await renderMd('A\\&amp;O \\%\\,\\/\\;\\?\\@\\^ but \\*\\_\\~\\\\')
    assert.equal(html, '<p>A\\&#x26;O \\%\\,\\/\\;\\?\\@\\^ but *_~\\</p>')
  })

  it('makes `\\\\` at the end of a line a line break, after any escaped backslashes before it', async () => {
    const { html } = await renderMd('a \\\\\nb\\\\\\\\\\\nc\\\nd')
    assert.equal(html, '<p>a <br>\nb\\\\<br>\nc<br>\nd</p>')
  })
})

describe('kramdown line breaks', () => {
  it('keeps the spaces before the two that make a break', async () => {
    const { html } = await renderMd('a    \nb  \nc')
    assert.equal(html, '<p>a  <br>\nb<br>\nc</p>')
  })
})

describe('kramdown code spans', () => {
  it('reads a lone backtick with white space on both sides as a character', async () => {
    const { html } = await renderMd('` a, x ` b ` y and x` `y, `c`\nand\n` d`')
    assert.equal(html, '<p>` a, x ` b ` y and x<code> </code>y, <code>c</code>\nand\n` d`</p>')
  })

  it('keeps the spaces inside single backticks, and takes one from each end inside longer runs', async () => {
    const { html } = await renderMd('x` a `y x``  a  ``y x`` a``y x``a ``y')
    assert.equal(
      html,
      '<p>x<code> a </code>y x<code> a </code>y x<code>a</code>y x<code>a</code>y</p>',
    )
  })
})

describe('kramdown emphasis', () => {
  it('makes no emphasis inside an emphasis, and no strong inside a strong', async () => {
    const { html } = await renderMd('*a _b_ c* **a __b__ c** *a **b _c_ d** e* *a [x _y_](/u) b*')
    assert.equal(
      html,
      '<p><em>a _b_ c</em> <strong>a __b__ c</strong> <em>a <strong>b _c_ d</strong> e</em> <em>a <a href="/u/">x _y_</a> b</em></p>',
    )
  })

  it('puts the strong outside in three markers of one character', async () => {
    const { html } = await renderMd('***a*** ___b___ *__c__* ***d** e*')
    assert.equal(
      html,
      '<p><strong><em>a</em></strong> <strong><em>b</em></strong> <em><strong>c</strong></em> <em><strong>d</strong> e</em></p>',
    )
  })
})

describe('kramdown highlighted code spans', () => {
  it('highlights a code span with a known language, on the theme background', async () => {
    const { html } = await renderMd('Say `x = len(y)`{:.language-python} here.')
    assert.match(
      html,
      /^<p>Say <code class="language-python shiki" style="--shiki-light:#[0-9a-f]{6};--shiki-dark:#[0-9a-f]{6};--shiki-light-bg:#[0-9a-f]{6};--shiki-dark-bg:#[0-9a-f]{6}"><span style="--shiki-light:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}">/i,
    )
    assert.match(html, /> len<\/span>/)
  })

  it('leaves a plain, unknown or HTML code span as it is', async () => {
    const { html } = await renderMd(
      '`a`{:.language-text} `b`{:.language-nope} <code class="language-python">c = 1</code> `d`',
    )
    assert.equal(
      html,
      '<p><code class="language-text">a</code> <code class="language-nope">b</code> <code class="language-python">c = 1</code> <code>d</code></p>',
    )
  })
})
