import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { List, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import {
  END_OF_BLOCK,
  footnoteLabels,
  remarkKramdownBlocks,
  scanBlocks,
} from '@/lib/markdown/blocks'
import { bareParagraphs } from '@/lib/markdown/lists'
import { remarkNoGfmTables } from '@/lib/markdown/tables'
import { renderMd } from './helpers'

// What Jekyll 4 (kramdown 2.4 with kramdown-parser-gfm 1.1) renders for the same input.

describe('kramdown span extensions at the start of a line', () => {
  it('keeps {::nomarkdown}…{:/} at the start of a paragraph or an item in its paragraph', async () => {
    const { html } = await renderMd(
      '{::nomarkdown}<b>X</b>{:/nomarkdown} OK\nmore\n\n* {::nomarkdown}Y{:/}\n    test',
    )
    assert.equal(html, '<p><b>X</b> OK\nmore</p>\n<ul>\n<li>Y\ntest</li>\n</ul>')
  })
})

describe('kramdown list items', () => {
  it('put the content at the column after all the white space behind the marker, tabs to stops of four', async () => {
    const { html } = await renderMd(
      '*     text\n      more\n\n      para\n\n1.     x\n       y\n\n* \t  \tsome text\n        * nested',
    )
    assert.equal(
      html,
      '<ul>\n<li>\n<p>text\nmore</p>\n<p>para</p>\n</li>\n</ul>\n<ol>\n<li>x\ny</li>\n</ol>\n<ul>\n<li>some text\n<ul>\n<li>nested</li>\n</ul>\n</li>\n</ul>',
    )
  })
})

describe('kramdown items and definitions whose first line has no text', () => {
  it('put the content at column 4, and give an attribute list on that line to the item', async () => {
    const { html } = await renderMd(
      '* {:.a}\n        code\n* {:.b}\n    text\n\nterm\n: {:.c}\n        code\n: \n        more',
    )
    assert.equal(
      html.replace(/<pre[^>]*>/g, '<pre>').replace(/<\/?(span|div)[^>]*>/g, ''),
      '<ul>\n<li class="a">\n<pre><code>code</code></pre>\n</li>\n<li class="b">text</li>\n</ul>\n<dl>\n<dt>term</dt>\n<dd class="c">\n<pre><code>code</code></pre>\n</dd>\n<dd>\n<pre><code>more</code></pre>\n</dd>\n</dl>',
    )
  })
})

describe('kramdown definitions', () => {
  it('make the first paragraph bare text unless a blank line is above the `:` line', async () => {
    const { html } = await renderMd('t\n: a\n\n  more\n\n: b\n: c')
    assert.equal(
      html,
      '<dl>\n<dt>t</dt>\n<dd>a\n<p>more</p>\n</dd>\n<dd>\n<p>b</p>\n</dd>\n<dd>c</dd>\n</dl>',
    )
  })
})

describe('kramdown tables', () => {
  it('are found inside quotes, list items and footnotes, with a boundary above and below', async () => {
    const { html } = await renderMd('> | a | b |\n> | c | d |\n\n* | x |\n\n  | y |\n  z')
    assert.equal(
      html.replace(/ tabindex="0"/g, '').replace(/\n/g, ''),
      '<blockquote><table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></tbody></table></blockquote><ul><li><table><tbody><tr><td>x</td></tr></tbody></table><p>| y |z</p></li></ul>',
    )
  })

  it('parse after a cell only the footnote labels it calls', async () => {
    // 3 footnotes and a table of 4 cells, one of which calls a footnote (its label in another case).
    const source = 'x[^a] y[^b] z[^c]\n\n| 1 | 2 |\n| [^A] | 4 |\n\n[^a]: A\n\n[^b]: B\n\n[^c]: C\n'
    const scan = scanBlocks(source, false)
    const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkNoGfmTables)
      .use(remarkKramdownBlocks, scan)
    // Every footnote definition any parse makes, the document's and each cell's.
    let definitions = 0
    const count = (tree: Root) => {
      definitions += tree.children.filter((n) => n.type === 'footnoteDefinition').length
    }
    ;(processor.data().fromMarkdownExtensions ??= []).push([{ transforms: [count] }])
    const tree = (await processor.run(processor.parse(scan.text))) as Root
    // The document's 3, then 1 for the one call in a cell (4 × 3 more if every cell had them all).
    assert.equal(definitions, 4)
    const table = JSON.stringify(
      tree.children.find((n) => (n.type as string) === 'kramdownElement'),
    )
    assert.match(table, /"footnoteReference"/)
  })

  it('give a cell every footnote label when a `[^` in it is not a plain call', () => {
    const footnotes = new Map([
      ['a b', '\n\n[^a b]: x'],
      ['c', '\n\n[^c]: x'],
    ])
    assert.equal(footnoteLabels('no call', footnotes), '')
    assert.equal(footnoteLabels('[^A  B] and [^a b] and [^none]', footnotes), '\n\n[^a b]: x')
    assert.equal(footnoteLabels('[^a\\]b]', footnotes), '\n\n[^a b]: x\n\n[^c]: x')
  })

  it('are not read where kramdown rejects them, though GFM would read a table', async () => {
    const { html } = await renderMd('text\n| a | b |\n|---|---|\n| c | d |\n\n|-|-|\n|-|-|')
    assert.equal(html, '<p>text\n| a | b |\n|—|—|\n| c | d |</p>\n<p>|-|-|\n|-|-|</p>')
  })

  it('are read right after a definition list, with the blank line between', async () => {
    const { html } = await renderMd('term\n: def\n\n| a | b |\n|---|\n| c | d |')
    assert.equal(
      html.replace(/ tabindex="0"/g, '').replace(/\n/g, ''),
      '<dl><dt>term</dt><dd>def</dd></dl><table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>c</td><td>d</td></tr></tbody></table>',
    )
  })
})

describe('kramdown list paragraphs', () => {
  it("make the last item's text a paragraph when a blank line and then `^` end the list", async () => {
    const { html } = await renderMd('* a\n* b\n\n^\n\n* c\n* d\n')
    assert.equal(
      html,
      '<ul>\n<li>a</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n<ul>\n<li>c</li>\n<li>d</li>\n</ul>',
    )
  })

  it('look for the `^` that ends a list without copying the rest of the document', () => {
    // A list, a blank line, then 10,000 lines of text: the check reads up to the first of them.
    const source = '* a\n\n' + 'x\n'.repeat(10_000)
    const list = fromMarkdown(source).children[0] as List
    let reads = 0
    const lines = new Proxy(source.split('\n'), {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++
        return Reflect.get(target, key, receiver) as unknown
      },
    })
    bareParagraphs(list, lines)
    assert.equal(list.children[0]!.data?.kramdownBare, true)
    assert.ok(reads < 10, `${reads} lines read`)
    // With the marker there, the item's text is a paragraph.
    const marked = source.replace('\n\nx', `\n\n${END_OF_BLOCK}`).split('\n')
    bareParagraphs(list, marked)
    assert.equal(list.children[0]!.data?.kramdownBare, false)
  })
})
