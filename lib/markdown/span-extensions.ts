import type { Html, Root } from 'mdast'
import type { Node, Parent } from 'unist'
import { parseAttributeList } from './kramdown'

/**
 * kramdown's span extensions, inside a line of text: `{::comment}…{:/}` becomes an HTML comment,
 * `{::nomarkdown}…{:/}` is output as written (not Markdown), `{::options key="value" /}` sets
 * options and is not output. Before the Markdown parser runs, each becomes an inline HTML
 * placeholder (`<!--kd:N-->`) that CommonMark leaves alone; `remarkSpanExtensions` puts the
 * output in its place. An extension without its end marker stays text, as in kramdown. The line
 * keeps its line number; only columns after an extension move.
 */

const START = /\{::(comment|nomarkdown|options)((?:\s(?:\\\}|[^}])*?)?)(\/)?\}/g
const PLACEHOLDER = /<!--kd:(\d+)-->/g
/** How a placeholder starts. */
export const SPAN_PLACEHOLDER = '<!--kd:'

export interface SpanExtensions {
  /** The output of each placeholder, by its number. */
  raw: string[]
  /** Option values set inline. */
  options: Record<string, string>
}

/** Inside a code span: an odd number of backtick runs before `index` on the line. */
function inCode(line: string, index: number): boolean {
  return (line.slice(0, index).match(/`+/g)?.length ?? 0) % 2 === 1
}

/** `line` with its span extensions replaced by placeholders recorded in `found`. */
export function rewriteSpanExtensions(line: string, found: SpanExtensions): string {
  if (!line.includes('{::')) return line
  let out = ''
  let from = 0
  START.lastIndex = 0
  for (let m = START.exec(line); m; m = START.exec(line)) {
    const [whole, name, attrs, selfClosing] = m
    if (m.index < from || inCode(line, m.index)) continue
    let end = m.index + whole.length
    let value = ''
    if (!selfClosing) {
      const close = new RegExp(`\\{:/(${name})?\\}`, 'g')
      close.lastIndex = end
      const c = close.exec(line)
      if (!c) continue
      value = line.slice(end, c.index)
      end = c.index + c[0].length
    }
    let output = ''
    if (name === 'comment') output = selfClosing ? '' : `<!-- ${value} -->`
    else if (name === 'nomarkdown') {
      const type = /type=["']?(\w+)/.exec(attrs ?? '')?.[1]
      output = type && type !== 'html' ? '' : value
    } else Object.assign(found.options, parseAttributeList((attrs ?? '').trim())?.other ?? {})
    out += line.slice(from, m.index) + `<!--kd:${found.raw.length}-->`
    found.raw.push(output)
    from = end
    START.lastIndex = end
  }
  return out + line.slice(from)
}

const SPAN_OPEN =
  /<([A-Za-z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*>/g
const MARKDOWN_VALUE = /\s+markdown\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i
const MARKDOWN_ATTRS = new RegExp(MARKDOWN_VALUE.source, 'gi')

/** Where the end tag of `tag` matching an open tag ending at `from` starts and ends, on the line. */
function spanEnd(line: string, tag: string, from: number): [number, number] | undefined {
  const re = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi')
  re.lastIndex = from
  let depth = 1
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[0].endsWith('/>')) continue
    depth += m[1] ? -1 : 1
    if (depth === 0) return [m.index, m.index + m[0].length]
  }
  return undefined
}

/** Raw text as kramdown outputs it: a `<` that starts no tag is a character. */
export const rawText = (text: string) =>
  text.replace(/<(?![A-Za-z][\w-]*[\s/>]|\/[A-Za-z]|!--)/g, '&lt;')

/**
 * `line` with each HTML element inside it that has `markdown="0"` (kramdown: its content is not
 * Markdown) replaced by placeholders holding it as written; an element inside that one with a
 * `markdown` attribute of its own keeps its content as Markdown between two placeholders.
 */
export function rewriteRawSpans(line: string, found: SpanExtensions): string {
  if (!/markdown\s*=/i.test(line)) return line
  const hold = (html: string) => {
    found.raw.push(html.replace(MARKDOWN_ATTRS, ''))
    return `<!--kd:${found.raw.length - 1}-->`
  }
  let out = ''
  let from = 0
  SPAN_OPEN.lastIndex = 0
  for (let m = SPAN_OPEN.exec(line); m; m = SPAN_OPEN.exec(line)) {
    const value = MARKDOWN_VALUE.exec(m[2] ?? '')
    if (!value || (value[1] ?? value[2] ?? value[3]) !== '0' || inCode(line, m.index)) continue
    const openEnd = m.index + m[0].length
    const end = spanEnd(line, m[1]!, openEnd)
    if (!end) continue
    // The content, raw, except for elements inside it with a markdown attribute (not "0").
    let raw = m[0]
    let at = openEnd
    const inner = new RegExp(SPAN_OPEN.source, 'g')
    inner.lastIndex = openEnd
    let rewritten = line.slice(from, m.index)
    for (let n = inner.exec(line); n && n.index < end[0]; n = inner.exec(line)) {
      const v = MARKDOWN_VALUE.exec(n[2] ?? '')
      const nEnd = v && (v[1] ?? v[2] ?? v[3]) !== '0' && spanEnd(line, n[1]!, inner.lastIndex)
      if (!nEnd || nEnd[1] > end[0]) continue
      raw += rawText(line.slice(at, n.index)) + n[0]
      rewritten += hold(raw) + line.slice(inner.lastIndex, nEnd[0])
      raw = line.slice(nEnd[0], nEnd[1])
      at = nEnd[1]
      inner.lastIndex = nEnd[1]
    }
    raw += rawText(line.slice(at, end[0])) + line.slice(end[0], end[1])
    out += rewritten + hold(raw)
    from = end[1]
    SPAN_OPEN.lastIndex = end[1]
  }
  return out + line.slice(from)
}

/** Remark plugin: the placeholders' output in their place. */
export function remarkSpanExtensions(found: SpanExtensions) {
  return (tree: Root) => {
    // Inline HTML loses its `markdown` attributes, as in kramdown's output.
    // Its own stack, not a recursive walk: this runs before the depth check (html-depth.ts), on
    // trees of markdown="1" elements nested as deep as an author likes.
    const stack: Node[] = [tree]
    while (stack.length) {
      const node = stack.pop()!
      if (node.type === 'html') {
        const html = node as Html
        html.value = html.value
          .replace(PLACEHOLDER, (_, n: string) => found.raw[Number(n)] ?? '')
          .replace(/^(<[A-Za-z][^>]*?)\s+markdown\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, '$1')
      }
      const children = (node as Partial<Parent>).children
      if (children) stack.push(...children)
    }
  }
}
