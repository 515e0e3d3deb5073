import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderMd } from './helpers'

/** kramdown's code block rules where CommonMark reads the lines differently (code-lines.ts). */
describe('kramdown code blocks', () => {
  const code = (html: string) =>
    [...html.matchAll(/<code[^>]*>([\s\S]*?)<\/code>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, '').replace(/\n$/, ''),
    )

  it('reads a fence that nothing closes as text, as kramdown does', async () => {
    // CommonMark runs an unclosed fence to the end of the post, swallowing everything after it.
    const { html } = await renderMd('Some para\n\n~~~~~~\nnot code\n\n```js\nnot code either')
    assert.equal(html, '<p>Some para</p>\n<p>~~~~~~\nnot code</p>\n<p>```js\nnot code either</p>')
  })

  it('keeps a closed fence a code block, and a shorter closing run does not close it', async () => {
    const { html } = await renderMd('````\na\n```\nb\n````')
    assert.deepEqual(code(html), ['a\n```\nb'])
  })

  it('joins a line right under an indented code block to it with a space (a lazy line)', async () => {
    const { html } = await renderMd(
      '    This is some\ncode\n\n    test  \n# not a heading\n\n{:.x}\n\nAfter.',
    )
    assert.deepEqual(code(html), ['This is some code\n\ntest   # not a heading'])
    assert.match(html, /<p>After\.<\/p>$/)
  })

  it('does not take lazy lines into a code block inside a list item', async () => {
    const { html } = await renderMd('- item\n\n    more\n# Heading\n')
    assert.match(html, /<h1[^>]*>Heading/)
  })

  it('ends a lazy run at an attribute list, which then applies to the block', async () => {
    const { html } = await renderMd('    code\nlazy\n{:.cls}')
    assert.match(html, /<pre [^>]*class="[^"]*\bcls"/)
    assert.deepEqual(code(html), ['code lazy'])
  })

  it('shows the white space of a block with the show-whitespaces class, as kramdown marks it', async () => {
    const { html } = await renderMd('    a\tb  \n{:.show-whitespaces}')
    assert.match(
      html,
      /<span>a<span class="ws-tab">\t<\/span>b<span class="ws-space-r">⋅<\/span><span class="ws-space-r">⋅<\/span><\/span>/,
    )
  })

  it("keeps a code line's indentation under a fence indented by two spaces, but not in a list", async () => {
    const top = await renderMd('Text\n\n  ```\n  indented\n  ```')
    assert.deepEqual(code(top.html), ['  indented'])
    const item = await renderMd('- item\n\n  ```\n  in the item\n  ```')
    assert.deepEqual(code(item.html), ['in the item'])
  })
})
