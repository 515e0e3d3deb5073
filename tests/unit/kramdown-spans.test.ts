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
