import type { Element, ElementContent, Root } from 'hast'
import type { Point } from 'unist'
import { toString } from 'hast-util-to-string'
import type { KramdownOptions } from './kramdown-options'
import { visit } from './visit'

/**
 * Rehype plugin for kramdown's `html_to_native`: the HTML elements an author wrote become the
 * elements Markdown would have made, as kramdown converts them:
 * - `<b>` is `<strong>`, `<i>` is `<em>` (not when the content starts or ends with white space,
 *   which no Markdown emphasis can);
 * - a `<code>`'s content is its text (tags inside it are dropped);
 * - a `<pre>` is a code block, `<pre><code>`, of its text, ending with a line break;
 * - the text after a `<p>`'s end tag on the same line goes on in that paragraph (without the
 *   option it starts a paragraph of its own).
 * Other elements (headings, lists, tables, links, images) render the same either way. Runs right
 * after the raw HTML is parsed, before the highlighter and the site's other transforms.
 */
export default function rehypeHtmlToNative(
  options: Pick<KramdownOptions, 'html_to_native'> & {
    /** The document as written: raw HTML's positions point into it. */
    source: string
  },
) {
  return (tree: Root) => {
    if (!options.html_to_native) return
    const { source } = options
    // Points by line and column: the offsets count in the text the parser saw, where some lines
    // (`{::options}`, a raw block's tail) were changed.
    const lineStarts = [0, 0]
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1))
      lineStarts.push(i + 1)
    const offset = (point: Point) => (lineStarts[point.line] ?? source.length) + point.column - 1
    // Whether the author wrote this element as HTML (Markdown never starts one with `<`).
    const raw = (el: Element) => !!el.position && source[offset(el.position.start)] === '<'
    visit(tree, 'element', (el: Element, index, parent) => {
      if (!raw(el)) return
      if (el.tagName === 'b' || el.tagName === 'i') {
        const text = toString(el)
        if (!/^\s|\s$/.test(text)) el.tagName = el.tagName === 'b' ? 'strong' : 'em'
      } else if (el.tagName === 'code') {
        el.children = [{ type: 'text', value: toString(el) }]
      } else if (el.tagName === 'pre') {
        const only = el.children.filter((c) => !(c.type === 'text' && !c.value.trim()))
        const code =
          only.length === 1 && only[0]!.type === 'element' && only[0]!.tagName === 'code'
            ? only[0]
            : undefined
        let text = toString(code ?? el)
        if (!code && !text.endsWith('\n')) text += '\n'
        const inner: Element = {
          type: 'element',
          tagName: 'code',
          properties: code?.properties ?? {},
          children: [{ type: 'text', value: text }],
        }
        el.children = [inner]
        return 'skip'
      } else if (el.tagName === 'p' && parent && index !== undefined) {
        joinTail(el, index, parent.children, (point) => source.slice(offset(point)))
      }
      return undefined
    })
  }
}

/** Moves into `p` the paragraph that starts on the line its end tag ends (kramdown's tail). */
function joinTail(
  p: Element,
  index: number,
  siblings: ElementContent[] | Root['children'],
  after: (point: Point) => string,
) {
  const end = p.position?.end
  let at = index + 1
  while (siblings[at]?.type === 'text' && !(siblings[at] as { value: string }).value.trim()) at++
  const next = siblings[at]
  if (
    !end ||
    next?.type !== 'element' ||
    next.tagName !== 'p' ||
    next.position?.start.line !== end.line
  )
    return
  // (The parser saw the tail alone, its columns moved left: the space is read from the source.)
  const between = /^[ \t]*/.exec(after(end))![0]
  if (between) p.children.push({ type: 'text', value: between })
  p.children.push(...next.children)
  siblings.splice(index + 1, at - index)
}
