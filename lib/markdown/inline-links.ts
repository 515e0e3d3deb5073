import type { Link, Parent, PhrasingContent, Text } from 'mdast'
import type { Point } from 'unist'
import { lineColumnAt } from './positions'

/**
 * kramdown's inline links where CommonMark's rules differ, applied to the parsed tree:
 * - a URL may hold spaces (`[a](with spaces.html)`) and, before a title, an unbalanced
 *   parenthesis (`[a](/to(do "title")`); it is kept as written;
 * - a link in a link's text is text: the outer link is the link (CommonMark makes the inner one);
 * - an empty title (`[a](url '')`) makes no link: it is text.
 * Only links whose text, URL and title are written as plain text on one run of the line are
 * found (an image's are left as CommonMark reads them).
 */

/** The point at `offset` in `source`. */
function pointAt(source: string, offset: number): Point {
  return { ...lineColumnAt(source, offset), offset }
}

function textAt(source: string, from: number, to: number): Text {
  return {
    type: 'text',
    value: source.slice(from, to),
    position: { start: pointAt(source, from), end: pointAt(source, to) },
  }
}

// A URL then a quoted title, then `)`; the URL is anything up to the white space before the title.
const WITH_TITLE = /[ \t]*(\S[^\n]*?)[ \t\n]+(["'])([^\n]*?)\2[ \t]*\)/y

/**
 * The link destination starting right after `(` at `from`: its URL, title and the offset after
 * its `)`; undefined when kramdown reads no link there, 'none' when it reads text (an empty title).
 */
function destination(
  source: string,
  from: number,
): { url: string; title: string | null; end: number } | 'none' | undefined {
  WITH_TITLE.lastIndex = from
  const titled = WITH_TITLE.exec(source)
  // (A `)` that closes no `(` of the URL ends the link before any title.)
  if (titled && !closesEarly(titled[1]!)) {
    if (titled[3] === '') return 'none'
    if (titled[1]!.startsWith('<')) return undefined
    return { url: titled[1]!, title: titled[3]!, end: WITH_TITLE.lastIndex }
  }
  let depth = 0
  for (let i = from; i < source.length; i++) {
    const c = source[i]
    if (c === '\n') return undefined
    if (c === '(') depth++
    else if (c === ')' && depth-- === 0) {
      const url = source.slice(from, i).trim()
      return url && !url.startsWith('<') ? { url, title: null, end: i + 1 } : undefined
    }
  }
  return undefined
}

/** Whether `url` holds a `)` that closes no `(` before it. */
function closesEarly(url: string): boolean {
  let depth = 0
  for (const c of url) {
    if (c === '(') depth++
    else if (c === ')' && --depth < 0) return true
  }
  return false
}

/** Whether the character at `at` is escaped by a backslash. */
function escaped(source: string, at: number): boolean {
  let n = 0
  for (let i = at - 1; i >= 0 && source[i] === '\\'; i--) n++
  return n % 2 === 1
}

/** The node's source text, when its value is exactly that (no escapes or entities in it). */
function plain(node: PhrasingContent, source: string): [number, number] | undefined {
  const from = node.position?.start.offset
  const to = node.position?.end.offset
  if (node.type !== 'text' || from === undefined || to === undefined) return undefined
  return source.slice(from, to) === node.value ? [from, to] : undefined
}

// (micromark gives an empty title no value: it is found in the source.)
const EMPTY_TITLE = /[ \t\n](["'])\1[ \t]*\)$/

/** Links with an empty title: text, as written (their text keeps its Markdown). */
function unlinkEmptyTitles(parent: Parent, source: string): void {
  const children = parent.children as PhrasingContent[]
  for (let i = 0; i < children.length; i++) {
    const link = children[i]!
    if (link.type !== 'link' || link.title) continue
    const from = link.position?.start.offset
    const to = link.position?.end.offset
    if (from === undefined || to === undefined || !EMPTY_TITLE.test(source.slice(from, to)))
      continue
    const last = link.children.at(-1)?.position?.end.offset ?? (from ?? 0) + 1
    if (from === undefined || to === undefined || source[from] !== '[') continue
    const close = source.indexOf('](', last)
    if (close < 0 || close >= to) continue
    const first = link.children[0]?.position?.start.offset ?? close
    children.splice(i, 1, textAt(source, from, first), ...link.children, textAt(source, close, to))
  }
}

/** kramdown's inline links among `parent`'s children that CommonMark left as text. */
export function kramdownInlineLinks(parent: Parent, source: string): void {
  const from = parent.position?.start.offset
  const to = parent.position?.end.offset
  // Most text has no `](`, and after the last one no `[` starts a link.
  const last = from === undefined ? -1 : from + source.slice(from, to).lastIndexOf('](')
  if (from === undefined || last < from) return
  unlinkEmptyTitles(parent, source)
  const children = parent.children as PhrasingContent[]
  for (let i = 0; i < children.length; i++) {
    const range = plain(children[i]!, source)
    if (!range || range[0] >= last) continue
    const value = (children[i] as Text).value
    const find = (after: number) => {
      const at = value.indexOf('[', after - range[0])
      return at < 0 ? -1 : range[0] + at
    }
    for (let open = find(range[0]); open >= 0 && open < last;) {
      const next = () => find(open + 1)
      if (escaped(source, open) || source[open - 1] === '!' || source[open + 1] === '^') {
        open = next()
        continue
      }
      const link = linkFrom(children, i, open, source)
      if (!link) {
        open = next()
        continue
      }
      const { node, last, end } = link
      // The text before the link, the link, and the text after it in the last node.
      const before = open > range[0] ? [textAt(source, range[0], open)] : []
      const lastRange = plain(children[last]!, source)!
      const after = end < lastRange[1] ? [textAt(source, end, lastRange[1])] : []
      children.splice(i, last - i + 1, ...before, node, ...after)
      i += before.length
      break
    }
  }
}

/**
 * The link whose `[` is at `open` in the text node `children[at]`: its text reaches over the
 * nodes after it to the matching `]`, in a text node that holds the destination too.
 */
function linkFrom(
  children: PhrasingContent[],
  at: number,
  open: number,
  source: string,
): { node: Link; last: number; end: number } | undefined {
  let depth = 0
  for (let k = at; k < children.length; k++) {
    const range = plain(children[k]!, source)
    if (!range) continue
    for (let c = Math.max(range[0], open + 1); c < range[1]; c++) {
      const ch = source[c]
      if ((ch !== '[' && ch !== ']') || escaped(source, c)) continue
      if (ch === '[') {
        depth++
        continue
      }
      if (depth-- > 0) continue
      if (source[c + 1] !== '(') return undefined
      const dest = destination(source, c + 2)
      if (!dest || dest === 'none' || dest.end > range[1]) return undefined
      const label = labelNodes(children, at, k, open + 1, c, source)
      if (!label) return undefined
      const node: Link = {
        type: 'link',
        url: dest.url,
        title: dest.title,
        children: label,
        position: { start: pointAt(source, open), end: pointAt(source, dest.end) },
      }
      return { node, last: k, end: dest.end }
    }
  }
  return undefined
}

/** The link text's nodes, from offset `from` in `children[first]` to `to` in `children[last]`. */
function labelNodes(
  children: PhrasingContent[],
  first: number,
  last: number,
  from: number,
  to: number,
  source: string,
): PhrasingContent[] | undefined {
  const out: PhrasingContent[] = []
  for (let k = first; k <= last; k++) {
    const node = children[k]!
    const range = plain(node, source)
    if (range) {
      const a = Math.max(range[0], from)
      const b = Math.min(range[1], to)
      if (b > a) out.push(textAt(source, a, b))
      continue
    }
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return undefined
    // A link inside the text is text, as written.
    out.push(node.type === 'link' ? textAt(source, start, end) : node)
  }
  return out
}
