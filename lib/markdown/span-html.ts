import type { Html, Root, RootContent } from 'mdast'
import type { Node, Parent } from 'unist'
import type { VFile } from 'vfile'
import { BLOCK_TAGS, MARKDOWN_ATTR } from './html-holes'
import type { KramdownOptions } from './kramdown-options'
import { elementKey, VOID } from './raw-html-text'
import { rawText } from './span-extensions'

/**
 * Remark plugin: kramdown's rules for HTML elements inside a line of text, where CommonMark's
 * differ (its inline HTML is each tag on its own, with Markdown between):
 * - the content of `code`, `kbd`, `samp`, `var` and the other elements kramdown reads as raw
 *   (and of every span element with `parse_span_html` off) is text as written: no emphasis,
 *   links or typography, `\*` keeps its backslash;
 * - a line break inside an attribute's value is a space;
 * - a tag of a block element (`<p>`, `<div>`, `</table>`, `<hR>` in any case, `<iframe>`) is text:
 *   kramdown reads block HTML only where a block starts.
 * Runs on the parsed tree: an element whose end tag CommonMark put inside other Markdown (an
 * emphasis begun inside the element) is left as it is.
 */

// kramdown's raw content model, less `pre` (a block element, which is text in a line).
const RAW = new Set('script style math option textarea code kbd samp var'.split(' '))
const OPEN =
  /^<([A-Za-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*>$/
const CLOSE = /^<\/([A-Za-z][\w:-]*)\s*>$/
// The blocks whose content is one line of span Markdown, each on its own (a table's cell too).
const SPAN_BLOCKS = new Set(['paragraph', 'heading', 'tableCell'])
const EMPTY =
  /^<([A-Za-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/>$/
// The elements kramdown takes as block HTML, whose tags in a line it keeps as text (the list of
// kramdown 2.4, read from its parser's constants).
const LINE_TEXT_TAGS = new Set(
  'address applet article aside blockquote body caption col colgroup dd div dl dt fieldset figcaption footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe legend li main map menu nav ol optgroup p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
)

export default function remarkSpanHtml(options: Pick<KramdownOptions, 'parse_span_html'>) {
  return (tree: Root, file: VFile) => {
    const source = String(file.value)
    // Its own stack, not a recursive walk: this runs before the depth check (html-depth.ts).
    const stack: [Node, boolean][] = [[tree, false]]
    while (stack.length) {
      const [node, quoted] = stack.pop()!
      const parent = node as Partial<Parent>
      if (!parent.children) continue
      if (parent.children.some((c) => c.type === 'html'))
        rawRanges(parent as Parent, source, quoted, options.parse_span_html)
      if (SPAN_BLOCKS.has(node.type)) pairTags(node as Parent)
      const inQuote = quoted || node.type === 'blockquote'
      for (const child of parent.children) stack.push([child, inQuote])
    }
  }
}

/** Whether kramdown reads the content of an element opened by `tag` (its `<…>`) as raw text. */
function isRaw(name: string, attrs: string, parseSpanHtml: boolean): boolean {
  const markdown = MARKDOWN_ATTR.exec(attrs)?.[1]?.replace(/^["']|["']$/g, '')
  if (markdown === '1' || markdown === 'span') return false
  if (markdown === '0') return true
  return RAW.has(name) || (!parseSpanHtml && !BLOCK_TAGS.has(name) && !VOID.has(name))
}

/** Each raw element among `parent`'s children, its tags and content, becomes one HTML node. */
function rawRanges(parent: Parent, source: string, quoted: boolean, parseSpanHtml: boolean) {
  const children = parent.children as RootContent[]
  // Open and end tags paired by name in one pass (an element nests in one of its own name).
  const open = new Map<string, number[]>()
  const pairs = new Map<number, number>()
  children.forEach((child, i) => {
    if (child.type !== 'html') return
    const o = OPEN.exec(child.value)
    if (o) {
      child.value = spaceAttributes(child.value)
      const name = o[1]!.toLowerCase()
      const list = open.get(name)
      if (list) list.push(i)
      else open.set(name, [i])
      return
    }
    const c = CLOSE.exec(child.value)
    const at = c && open.get(c[1]!.toLowerCase())?.pop()
    if (at !== undefined && at !== null) pairs.set(at, i)
  })
  if (!pairs.size) return
  const out: RootContent[] = []
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    const end = pairs.get(i)
    const o = child.type === 'html' ? OPEN.exec(child.value) : null
    const close = end === undefined ? undefined : (children[end] as Html)
    const from = child.position?.end.offset
    const to = close?.position?.start.offset
    if (
      !o ||
      !close ||
      from === undefined ||
      to === undefined ||
      !isRaw(o[1]!.toLowerCase(), o[2] ?? '', parseSpanHtml)
    ) {
      out.push(child)
      continue
    }
    const inner = rawText(unprefixed(source.slice(from, to), quoted))
    const html: Html = {
      type: 'html',
      value: (child as Html).value + inner + close.value,
      position: { start: child.position!.start, end: close.position!.end },
    }
    out.push(html)
    i = end!
  }
  parent.children = out as typeof parent.children
}

/** Text from a paragraph's lines, less the quote markers and indentation of its later lines. */
function unprefixed(text: string, quoted: boolean): string {
  return text.replace(quoted ? /\n[ \t]*(?:>[ \t]?)*/g : /\n[ \t]*/g, '\n')
}

/** An open tag whose quoted attribute values have their line breaks as spaces (kramdown). */
function spaceAttributes(tag: string): string {
  if (!tag.includes('\n')) return tag
  return tag.replace(/=\s*("[^"]*"|'[^']*')/g, (m) => m.replace(/\n+/g, ' '))
}

/**
 * The tags in a paragraph, heading or table cell as kramdown pairs them: an end tag closes only the element
 * open last (an HTML element's name in any case, another's exactly), any other end tag is text;
 * an empty element (`<x:y/>`, `<span />`) is written with its end tag, as kramdown writes it
 * (a browser reads `<span />` as an open tag); an element left open closes with the block.
 */
function pairTags(block: Parent): void {
  const open: string[] = []
  const stack: Node[] = [...block.children].reverse()
  while (stack.length) {
    const node = stack.pop()!
    const children = (node as Partial<Parent>).children
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
    if (node.type !== 'html') continue
    const html = node as Html
    const name = (EMPTY.exec(html.value) ?? OPEN.exec(html.value) ?? CLOSE.exec(html.value))?.[1]
    if (name && LINE_TEXT_TAGS.has(name.toLowerCase())) {
      // Text as written: still HTML, so that no typography reaches its quotes.
      html.value = html.value.replace(/</g, '&#x3C;')
      continue
    }
    const empty = EMPTY.exec(html.value)
    if (empty) {
      if (!VOID.has(empty[1]!.toLowerCase()))
        html.value = `<${empty[1]}${spaceAttributes(empty[2] ?? '')}></${empty[1]}>`
      continue
    }
    const o = OPEN.exec(html.value)
    if (o) {
      if (!VOID.has(o[1]!.toLowerCase())) open.push(elementKey(o[1]!))
      continue
    }
    const c = CLOSE.exec(html.value)
    if (!c) continue
    if (open.at(-1) === elementKey(c[1]!)) open.pop()
    else (html as unknown as { type: string }).type = 'text'
  }
  // Elements still open close with the block, as kramdown closes them.
  const children = block.children as RootContent[]
  for (const name of open.reverse()) children.push({ type: 'html', value: `</${name}>` })
}
