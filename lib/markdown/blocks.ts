import type { Properties } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { Html, Root, RootContent } from 'mdast'
import type { Processor } from 'unified'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { parseAttributeList } from './kramdown'
import { endTagFinder } from './matching-end'
import { visit } from './visit'

/**
 * kramdown's block-level rules that CommonMark has no words for, found line by line before the
 * Markdown parser runs and applied to its tree after:
 *
 * - `{::options key="value" /}` lines set options for the document (and are not text);
 * - `{::comment}…{:/}` becomes an HTML comment, `{::nomarkdown}…{:/}` raw output;
 * - an HTML block element runs to its matching end tag, blank lines and indented lines included
 *   (CommonMark ends it at the first blank line and may read what follows as code);
 * - with `markdown="1"` (or `"block"`/`"span"`), or `parse_block_html`, the element's content is
 *   Markdown.
 *
 * Lines the parser must not see (the options, the extension markers, the tags around parsed
 * content) are emptied, never removed, so every position still points into the author's file.
 */

export type Region =
  | { kind: 'raw'; start: number; end: number; value: string }
  | {
      kind: 'element'
      start: number
      end: number
      tag: string
      properties: Properties
      span: boolean
    }

export interface BlockScan {
  text: string
  options: Record<string, string>
  /** `{::options}` lines, for reporting bad values where they were written. */
  optionLines: { line: number; values: Record<string, string> }[]
  regions: Region[]
  /** `*[HTML]: HyperText Markup Language` definitions: abbreviation → title. */
  abbreviations: Map<string, string>
}

/** What an end-of-block `^` line becomes: an empty block that remarkKramdownBlocks removes. */
export const END_OF_BLOCK = '<!--^-->'

const EXT_START = /^ {0,3}\{::(comment|nomarkdown|options)((?:\s(?:\\\}|[^}])*?)?)(\/)?\}\s*$/
const EXT_END = (name: string) => new RegExp(`^ {0,3}\\{:/(${name})?\\}\\s*$`)
const ABBREVIATION = /^ {0,3}\*\[([^\]\n]+)\]:(.*)$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const OPEN_TAG =
  /^ {0,3}<([A-Za-z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*>/

// kramdown's content models: what `markdown="1"` parses an element's content as.
const SPAN_MODEL = new Set(
  'a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt'.split(
    ' ',
  ),
)
// Elements whose content is text to kramdown, tags included.
const TEXT_ONLY = new Set('script style math option textarea pre code kbd samp var'.split(' '))
// Every other element's content is raw to kramdown: a table, its rows, lists (their children
// cannot be written in kramdown's syntax).
const BLOCK_MODEL = new Set(
  'address applet article aside blockquote body dd details div dl fieldset figure figcaption footer form header hgroup iframe li main map menu nav noscript object section summary td'.split(
    ' ',
  ),
)
const BLOCK_TAGS = new Set(
  'address applet article aside blockquote body center dd details div dl fieldset figcaption figure footer form header hgroup iframe li main map menu nav noscript object section summary td table ul ol p h1 h2 h3 h4 h5 h6 pre dt tr tbody thead tfoot video audio canvas'.split(
    ' ',
  ),
)

function attributeValues(source: string): Record<string, string> {
  return parseAttributeList(source.trim())?.other ?? {}
}

/** The line (0-based) holding the end tag matching an open `tag` at `line`, or -1. */
function matchingEnd(
  lines: string[],
  line: number,
  tag: string,
  after: number,
): { line: number; column: number } {
  const re = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi')
  let depth = 1
  for (let l = line; l < lines.length; l++) {
    re.lastIndex = l === line ? after : 0
    for (let m = re.exec(lines[l]!); m; m = re.exec(lines[l]!)) {
      if (m[0].endsWith('/>')) continue
      depth += m[1] ? -1 : 1
      if (depth === 0) return { line: l, column: m.index }
    }
  }
  return { line: -1, column: -1 }
}

/**
 * The first element inside raw HTML (from line `from`, before line `to`) that has a `markdown` attribute other
 * than "0", its tags alone on their lines: kramdown parses it even there.
 */
function markdownInRaw(
  lines: string[],
  from: number,
  to: number,
): { open: number; end: number } | undefined {
  for (let k = from; k < to; k++) {
    const open = OPEN_TAG.exec(lines[k]!)
    if (open && !BLOCK_TAGS.has(open[1]!.toLowerCase())) continue
    const markdown = open && /\smarkdown\s*=\s*["']?(\w+)/i.exec(open[2] ?? '')?.[1]
    if (!open || !markdown || markdown === '0' || lines[k]!.slice(open[0].length).trim()) continue
    const end = matchingEnd(lines, k, open[1]!.toLowerCase(), open[0].length)
    if (end.line <= k || end.line >= to) continue
    if (!/^\s*<\/[^>]+>\s*$/.test(lines[end.line]!)) continue
    return { open: k, end: end.line }
  }
  return undefined
}

function tagProperties(tag: string, attributes: string): Properties {
  const html = `<div${attributes.replace(/\s+markdown\s*=\s*("[^"]*"|'[^']*'|\S+)/i, '')}></div>`
  const el = fromHtml(html, { fragment: true }).children[0]
  return el?.type === 'element' ? el.properties : {}
}

/** Finds kramdown's block rules in `source`; `parseBlockHtml` is the option's value. */
export function scanBlocks(source: string, parseBlockHtml: boolean): BlockScan {
  const lines = source.split('\n')
  const ends = endTagFinder(lines)
  const scan: BlockScan = {
    text: '',
    options: {},
    optionLines: [],
    regions: [],
    abbreviations: new Map(),
  }
  let fence: string | undefined
  let parseHtml = parseBlockHtml
  const blank = (l: number) => l < 0 || /^\s*$/.test(lines[l] ?? '')
  // Where raw elements (a table, say) go on after an element inside them that has a `markdown`
  // attribute of its own (kramdown parses that one and keeps the rest raw): innermost last.
  const resumes: { at: number; to: number }[] = []
  /** The raw element's lines from `from` to `to`, up to the next line such an element opens. */
  const rawPart = (from: number, to: number, resumed = false, text = false) => {
    const nested = text ? undefined : markdownInRaw(lines, resumed ? from : from + 1, to)
    const until = nested?.open ?? to + 1
    if (until > from)
      scan.regions.push({
        kind: 'raw',
        start: from + 1,
        end: until,
        value: lines
          .slice(from, until)
          .join('\n')
          .replace(/(<[^>]*?)\s+markdown\s*=\s*("[^"]*"|'[^']*'|\S+?)(?=[\s>])/gi, '$1'),
      })
    if (!nested) return to
    resumes.push({ at: nested.end + 1, to })
    return nested.open - 1
  }
  for (let l = 0; l < lines.length; l++) {
    if (resumes.length && l >= resumes.at(-1)!.at) {
      const { to } = resumes.pop()!
      if (l <= to) {
        l = rawPart(l, to, true)
        continue
      }
    }
    const line = lines[l]!
    const f = FENCE.exec(line)
    if (fence) {
      if (f && f[1]!.startsWith(fence)) fence = undefined
      continue
    }
    if (f) {
      fence = f[1]
      continue
    }
    // kramdown's end-of-block marker ends a list or quote and is not output.
    if (/^ {0,3}\^\s*$/.test(line)) {
      lines[l] = END_OF_BLOCK
      continue
    }
    const abbr = ABBREVIATION.exec(line)
    if (abbr) {
      scan.abbreviations.set(abbr[1]!, abbr[2]!.trim())
      lines[l] = ''
      continue
    }
    const ext = EXT_START.exec(line)
    if (ext && blank(l - 1)) {
      const [, name, attrs, selfClosing] = ext
      if (selfClosing) {
        if (name === 'options') {
          const values = attributeValues(attrs ?? '')
          scan.optionLines.push({ line: l + 1, values })
          Object.assign(scan.options, values)
          if ('parse_block_html' in values) parseHtml = values.parse_block_html === 'true'
        }
        lines[l] = ''
        continue
      }
      const endRe = EXT_END(name!)
      const end = lines.findIndex((text, i) => i > l && endRe.test(text))
      if (end < 0 || name === 'options') continue
      const body = lines.slice(l + 1, end).join('\n')
      const type = /type=["']?(\w+)/.exec(attrs ?? '')?.[1]
      const value =
        name === 'comment' ? `<!-- ${body.trim()} -->` : type && type !== 'html' ? '' : body
      scan.regions.push({ kind: 'raw', start: l + 1, end: end + 1, value })
      for (let i = l; i <= end; i++) lines[i] = ''
      l = end
      continue
    }
    const open = OPEN_TAG.exec(line)
    if (!open) continue
    const tag = open[1]!.toLowerCase()
    if (!BLOCK_TAGS.has(tag)) continue
    const attrs = open[2] ?? ''
    const markdown = /\smarkdown\s*=\s*["']?(\w+)/i.exec(attrs)?.[1]
    const end = ends.find(l, tag, open[0].length, () => matchingEnd(lines, l, tag, open[0].length))
    const parse = markdown ? markdown !== '0' : parseHtml
    const model =
      markdown === 'block'
        ? 'block'
        : markdown === 'span'
          ? 'span'
          : BLOCK_MODEL.has(tag)
            ? 'block'
            : SPAN_MODEL.has(tag)
              ? 'span'
              : 'raw'
    const alone = line.slice(open[0].length).trim() === ''
    const endLine = end.line < 0 ? lines.length - 1 : end.line
    const endAlone =
      end.line < 0 ||
      (lines[end.line]!.slice(0, end.column).trim() === '' &&
        /^<\/[^>]+>\s*$/.test(lines[end.line]!.slice(end.column)))
    // A span element on one line of its own (`<p class="note">Text with [a link](…)</p>`).
    if (
      parse &&
      model === 'span' &&
      end.line === l &&
      /^<\/[^>]+>\s*$/.test(line.slice(end.column)) &&
      line.slice(open[0].length, end.column).trim() &&
      blank(l - 1) &&
      blank(l + 1)
    ) {
      const properties = tagProperties(tag, attrs)
      scan.regions.push({ kind: 'element', start: l + 1, end: l + 1, tag, properties, span: true })
      // The text alone, for the parser (its columns move left by the open tag's length).
      lines[l] = line.slice(open[0].length, end.column).trim()
      continue
    }
    if (parse && model !== 'raw' && alone && endAlone && endLine > l) {
      scan.regions.push({
        kind: 'element',
        start: l + 1,
        end: endLine + 1,
        tag,
        properties: tagProperties(tag, attrs),
        span: model === 'span',
      })
      lines[l] = ''
      if (end.line >= 0) {
        lines[end.line] = ''
        ends.emptied(end.line)
      }
      continue
    }
    if (
      end.line <= l ||
      !/^\s*$/.test(lines[end.line]!.slice(end.column).replace(/^<\/[^>]+>/, ''))
    )
      continue
    // Raw HTML, as kramdown keeps it: the whole element, blank lines included.
    l = rawPart(l, end.line, false, TEXT_ONLY.has(tag))
  }
  scan.text = lines.join('\n')
  return scan
}

/**
 * Remark plugin: puts the regions found by `scanBlocks` into the tree. Each takes the top-level
 * blocks on its lines (inner regions first, so an element can hold another); a region whose
 * lines a block only partly covers is left as CommonMark parsed it.
 */
export function remarkKramdownBlocks(this: Processor, options: { regions: Region[] }) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node: Html, index, parent) => {
      if (node.value !== END_OF_BLOCK || !parent || index === undefined) return
      parent.children.splice(index, 1)
      return index
    })
    const regions = [...options.regions].sort((a, b) => a.end - a.start - (b.end - b.start))
    const lineOf = (n: RootContent, side: 'start' | 'end') => n.position?.[side].line ?? -1
    // The top-level blocks are in line order and never share lines, so each region finds its
    // blocks by binary search (a 5 MB post has thousands of regions and tens of thousands of blocks).
    const firstFrom = (line: number) => {
      let [lo, hi] = [0, tree.children.length]
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (lineOf(tree.children[mid]!, 'start') < line) lo = mid + 1
        else hi = mid
      }
      return lo
    }
    for (const region of regions) {
      splitRawHtml(tree, firstFrom(region.start) - 1, region.start)
      // kramdown reads the lines after a raw element's end tag as Markdown again.
      const reparse =
        region.kind === 'raw'
          ? (text: string, line: number) => markdownAt(this, String(file.value), text, line)
          : undefined
      splitRawHtml(tree, firstFrom(region.end + 1) - 1, region.end + 1, reparse)
      const at = firstFrom(region.start)
      const after = firstFrom(region.end + 1)
      const before = tree.children[at - 1]
      const last = tree.children[after - 1]
      const straddles =
        (before !== undefined && lineOf(before, 'end') >= region.start) ||
        (last !== undefined && lineOf(last, 'end') > region.end)
      if (straddles) continue
      const inside = tree.children.slice(at, after)
      const position = {
        start: { line: region.start, column: 1 },
        end: { line: region.end, column: 1 },
      }
      let node: RootContent
      if (region.kind === 'raw') node = { type: 'html', value: region.value, position }
      else {
        const only = inside.length === 1 ? inside[0] : undefined
        const children = region.span && only?.type === 'paragraph' ? only.children : inside
        node = {
          type: 'kramdownElement',
          children,
          position,
          data: { hName: region.tag, hProperties: region.properties },
        } as unknown as RootContent
      }
      tree.children.splice(at, inside.length, node)
    }
  }
}

/**
 * CommonMark runs a raw HTML block on to the next blank line, past the end tag where kramdown ends
 * the element (`</p>` then `<figure>` on the next line is one block to CommonMark, two to kramdown).
 * Such a block is cut in two at `line`, each part the author's lines as they were, so a region
 * starting or ending there is not left as CommonMark parsed it. `index` is the last top-level
 * block starting before `line`.
 */
function splitRawHtml(
  tree: Root,
  index: number,
  line: number,
  reparse?: (text: string, line: number) => RootContent[],
) {
  const node = tree.children[index]
  if (node?.type !== 'html' || !node.position || node.position.end.line < line) return
  const lines = node.value.split('\n')
  const cut = line - node.position.start.line
  if (lines.length !== node.position.end.line - node.position.start.line + 1) return
  const head: Html = {
    type: 'html',
    value: lines.slice(0, cut).join('\n'),
    position: { start: node.position.start, end: { line: line - 1, column: 1 } },
  }
  const tail: Html = {
    type: 'html',
    value: lines.slice(cut).join('\n'),
    position: { start: { line, column: 1 }, end: node.position.end },
  }
  tree.children.splice(index, 1, head, ...(reparse ? reparse(tail.value, line) : [tail]))
}

/** `text`, the document's lines from `line` on, parsed as Markdown, its positions the document's. */
function markdownAt(processor: Processor, doc: string, text: string, line: number) {
  let offset = 0
  for (let l = 1; l < line; l++) offset = doc.indexOf('\n', offset) + 1
  const shift = (node: Node) => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue
      point.line += line - 1
      if (point.offset !== undefined) point.offset += offset
    }
    for (const child of (node as { children?: Node[] }).children ?? []) shift(child)
  }
  const root = processor.parse(text) as Root
  for (const child of root.children) shift(child)
  return root.children
}
