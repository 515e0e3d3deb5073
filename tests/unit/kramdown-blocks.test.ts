import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { describe, it } from 'node:test'
import { renderMd } from './helpers'

/** kramdown's block syntax beyond CommonMark: definition lists and its list rules. */
describe('kramdown blocks', () => {
  it('ends an indented code block at its last line with text; a fence keeps its blank lines', async () => {
    const code = (html: string) => [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) => m[1])
    const { html } = await renderMd('Para.\n\n    code\n       \nText.\n\n```\nfenced\n   \n```')
    assert.deepEqual(code(html.replace(/<\/?span[^>]*>/g, '')), ['code', 'fenced\n   '])
  })

  it('renders definition lists, with attribute lists on the list, a term and a definition', async () => {
    const { html } = await renderMd(
      '{: .glossary}\nTVM\n: {:.def} A compiler\n: for ML\n\n{:#ir} IR\n: Intermediate representation',
    )
    assert.equal(
      html,
      '<dl class="glossary">\n<dt>TVM</dt>\n<dd class="def">A compiler</dd>\n<dd>for ML</dd>\n<dt id="ir">IR</dt>\n<dd>Intermediate representation</dd>\n</dl>',
    )
  })

  it('decides per item whether its text is a paragraph, and keeps mixed bullets in one list', async () => {
    // kramdown: a blank line after an item's text makes it a paragraph; `*`, `+` and `-` do not
    // start new lists (CommonMark makes three lists here, all tight or all loose).
    const { html } = await renderMd('* one\n+ two\n\n- three\n- four')
    assert.equal(
      html,
      '<ul>\n<li>one</li>\n<li>\n<p>two</p>\n</li>\n<li>three</li>\n<li>four</li>\n</ul>',
    )
  })

  it('gives an attribute line right under a list or definition list to the whole list', async () => {
    // Each item of a list is its own list until lists.ts joins them: the class went to the last.
    const { html } = await renderMd('- a\n- b\n{:.l}\n\nterm\n: def\n{:.d}')
    assert.match(html, /^<ul class="l">\n<li>a<\/li>\n<li>b<\/li>\n<\/ul>\n<dl class="d">/)
  })

  it('keeps an HTML comment whole to its end, whatever tags and blank lines it holds', async () => {
    // A draft section commented out (jalammar's explaining-transformers): its <p> and <ul> were
    // taken for raw HTML blocks, so the comment ended early and the draft showed, partly as code.
    const { html } = await renderMd(
      'Intro.\n\n<!--\n<h2>Draft</h2>\n\n<p>\n    Not yet:\n</p>\n    <ul>\n<li>one</li>\n</ul>\n-->\n\nAfter.',
    )
    assert.equal(
      html,
      '<p>Intro.</p>\n<!--\n<h2>Draft</h2>\n\n<p>\n    Not yet:\n</p>\n    <ul>\n<li>one</li>\n</ul>\n-->\n<p>After.</p>',
    )
  })

  it('refuses an event handler that comes from an attribute list definition', async () => {
    const { html, messages } = await renderMd('{:evil: onclick="alert(1)" .ok}\n\n{: evil}\nText')
    assert.equal(html, '<p class="ok">Text</p>')
    assert.deepEqual(messages, [
      '3:1: error: event handler attribute "onclick" in an attribute list is not allowed (expected plain attributes such as style or class)',
    ])
  })
})

describe('kramdown blocks under `next dev`', () => {
  it('renders a table with the development export condition, where hast-util-raw asserts every point has an offset', () => {
    // `next dev` resolves packages with the `development` condition, whose asserts turned such a
    // page into a 500 on the development server while the production build was fine.
    const script = [
      "const { renderMd } = await import('./tests/unit/helpers.ts')",
      "const { html } = await renderMd('Before.\\n\\n| a | b |\\n|---|---|\\n| 1 | 2 |\\n\\nAfter.')",
      'process.stdout.write(html)',
    ].join('\n')
    const run = spawnSync(
      process.execPath,
      ['--conditions=development', '--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    )
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stdout, /<table[^>]*>[\s\S]*<td>2<\/td>/)
  })
})
