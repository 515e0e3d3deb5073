import type { Properties } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { Code, Html, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { Node, Position } from 'unist'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { normalizeIdentifier } from 'micromark-util-normalize-identifier'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { parseAttributeList, type Attributes } from './kramdown'
import {
  BLOCK_MODEL,
  MARKDOWN_ATTR,
  SPAN_ELEMENTS,
  SPAN_MODEL,
  TEXT_ONLY,
  findHoles,
  type Hole,
} from './html-holes'
import { kramdownCodeLines, joinLazyCode } from './code-lines'
import { alignItemContent } from './list-indent'
import { endTagFinder } from './matching-end'
import { kramdownRawHtml } from './raw-html-text'
import { rewriteRawSpans, rewriteSpanExtensions, type SpanExtensions } from './span-extensions'
import {
  replaceNestedTables,
  scanTable,
  tableNode,
  type TableCell,
  type TableRegion,
} from './tables'
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
  | {
      kind: 'raw'
      start: number
      end: number
      value: string
      /** Elements whose content is Markdown (html-holes.ts), and the value's offset. */
      holes?: Hole[]
      offset?: number
      parseBlockHtml?: boolean
    }
  | {
      kind: 'element'
      start: number
      end: number
      tag: string
      properties: Properties
      span: boolean
    }
  | TableRegion

export interface BlockScan {
  text: string
  options: Record<string, string>
  /** `{::options}` lines, for reporting bad values where they were written. */
  optionLines: { line: number; values: Record<string, string> }[]
  regions: Region[]
  /** `*[HTML]: HyperText Markup Language` definitions: abbreviation → title. */
  abbreviations: Map<string, string>
  /** The attributes of the IAL lines right above (after a blank line) and below a definition. */
  abbreviationAttributes: Map<string, Attributes>
  /** `{::comment}`, `{::nomarkdown}` and `{::options}` inside lines (span-extensions.ts). */
  spans: SpanExtensions
  /** Lines that belong to the indented code block above them (code-lines.ts). */
  lazyCode: Set<number>
}

/** What an end-of-block `^` line becomes: an empty block that remarkKramdownBlocks removes. */
export const END_OF_BLOCK = '<!--^-->'

const EXT_START = /^ {0,3}\{::(comment|nomarkdown|options)((?:\s(?:\\\}|[^}])*?)?)(\/)?\}\s*$/
const EXT_END = (name: string) => new RegExp(`^ {0,3}\\{:/(${name})?\\}\\s*$`)
const IAL_LINE = /^ {0,3}\{:(?!:)(?:\\\}|[^}])*\}\s*$/
const LIST_LINE = /^ {0,3}(?:[*+-]|\d+\.)(?:[ \t]|$)/
const ABBREVIATION = /^ {0,3}\*\[([^\]\n]+)\]:(.*)$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const MARKDOWN_ATTR_GLOBAL = new RegExp(MARKDOWN_ATTR.source, 'gi')
// A line that starts an HTML block even right under a paragraph (CommonMark's kind 6).
const INTERRUPTS =
  /^ {0,3}<\/?(address|article|aside|blockquote|body|center|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|iframe|li|main|menu|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?=[\s>/]|$)/i
const OPEN_TAG =
  /^ {0,3}<([A-Za-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/

const STRAY_END_TAG = /^( {0,3})<\/([A-Za-z][\w-]*)\s*>/

/** Whether a line from the blank line above `line` on opens with a tag (`<` and a name or `/`). */
function htmlAbove(lines: string[], line: number): boolean {
  for (let l = line - 1; l >= 0 && !/^\s*$/.test(lines[l]!); l--)
    if (/^ {0,3}<[A-Za-z/!?]/.test(lines[l]!)) return true
  return false
}

function attributeValues(source: string): Record<string, string> {
  return parseAttributeList(source.trim())?.other ?? {}
}

/**
 * The line (0-based) holding the end tag matching an open `tag` at `line`, or -1; the tags on the
 * lines `skip` names do not count.
 */
function matchingEnd(
  lines: string[],
  line: number,
  tag: string,
  after: number,
  skip?: (line: number) => boolean,
): { line: number; column: number } {
  const re = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi')
  let depth = 1
  for (let l = line; l < lines.length; l++) {
    if (skip?.(l)) continue
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
 * Whether `line` is in an indented code block of the block Markdown that an element opened on the
 * line `open` holds: indented four columns, right under that line, a blank line or another such
 * line.
 */
const INDENTED = /^( {4}| {0,3}\t)/

function codeLineIn(lines: string[], open: number, line: number): boolean {
  let l = line
  while (l > open && INDENTED.test(lines[l]!) && /\S/.test(lines[l]!)) l--
  return l < line && (l === open || /^\s*$/.test(lines[l]!))
}

function tagProperties(tag: string, attributes: string): Properties {
  const html = `<div${attributes.replace(/\s+markdown\s*=\s*("[^"]*"|'[^']*'|\S+)/i, '')}></div>`
  const el = fromHtml(html, { fragment: true }).children[0]
  return el?.type === 'element' ? el.properties : {}
}

/**
 * The attributes kramdown gives the abbreviation defined on line `at`: those of the IAL lines
 * right below it and, after a blank line, right above it (the lines are emptied).
 */
function abbreviationAttributes(lines: string[], at: number): Attributes | undefined {
  // (Not an attribute list definition, `{:name: …}`.)
  const ial = (i: number) => IAL_LINE.test(lines[i]!) && !/^\s*\{:\w[\w-]*:/.test(lines[i]!)
  let first = at
  while (first > 0 && ial(first - 1)) first--
  if (first > 0 && !/^\s*$/.test(lines[first - 1]!)) first = at
  let last = at
  while (last + 1 < lines.length && ial(last + 1)) last++
  if (first === last) return undefined
  const attrs: Attributes = { className: [], other: {}, refs: [] }
  for (let i = first; i <= last; i++) {
    if (i === at) continue
    const found = parseAttributeList(lines[i]!.trim().slice(2, -1))
    lines[i] = ''
    if (!found) continue
    attrs.id = found.id ?? attrs.id
    attrs.className.push(...found.className)
    Object.assign(attrs.other, found.other)
  }
  return attrs
}

/**
 * A raw block whose last line goes on after it (`</div> text`, `--> text`), as kramdown reads it:
 * what follows on that line starts a block of its own. The region covers the lines before the last
 * (none, when the block is one line), and the last line keeps only what follows, for the parser
 * (its columns move left). The lines before are emptied when `empty` (the region's value is the
 * block); otherwise they stay, for positions inside the block, and what the parser read on past
 * them is read again (splitRawHtml).
 */
function rawBeforeTail(
  lines: string[],
  first: number,
  last: number,
  tailAt: number,
  ends: { emptied(line: number): void },
  empty: boolean,
): { kind: 'raw'; start: number; end: number } {
  lines[last] = lines[last]!.slice(tailAt).trimStart()
  ends.emptied(last)
  if (empty)
    for (let i = first; i < last; i++) {
      lines[i] = ''
      ends.emptied(i)
    }
  return { kind: 'raw', start: first + 1, end: last }
}

/** Finds kramdown's block rules in `source`; `parseBlockHtml` is the option's value. */
export function scanBlocks(source: string, parseBlockHtml: boolean): BlockScan {
  const lines = source.split('\n')
  const lazyCode = kramdownCodeLines(lines)
  const ends = endTagFinder(lines)
  const scan: BlockScan = {
    lazyCode,
    text: '',
    options: {},
    optionLines: [],
    regions: [],
    abbreviations: new Map(),
    abbreviationAttributes: new Map(),
    spans: { raw: [], options: {} },
  }
  let fence: string | undefined
  let parseHtml = parseBlockHtml
  const blank = (l: number) => l < 0 || /^\s*$/.test(lines[l] ?? '')
  const tableBoundary = (l: number) =>
    blank(l) || lines[l] === END_OF_BLOCK || IAL_LINE.test(lines[l] ?? '')
  for (let l = 0; l < lines.length; l++) {
    let line = lines[l]!
    const f = FENCE.exec(line)
    if (fence) {
      if (f && f[1]!.startsWith(fence)) fence = undefined
      continue
    }
    if (f) {
      fence = f[1]
      continue
    }
    // An HTML comment is one block to its `-->`, blank lines and tags inside included (an author's
    // commented-out draft section): nothing in it is an element, a table or an extension.
    const comment = /^ {0,3}<!--/.exec(line)
    if (comment) {
      const endLine = line.includes('-->', comment[0].length)
        ? l
        : lines.findIndex((text, i) => i > l && text.includes('-->'))
      if (endLine < 0) break
      const tailAt =
        lines[endLine]!.indexOf('-->', endLine === l ? comment[0].length : 0) + '-->'.length
      // Text after the comment's end starts a block (kramdown), where CommonMark keeps the line.
      if (blank(l - 1) && lines[endLine]!.slice(tailAt).trim()) {
        const value = [...lines.slice(l, endLine), lines[endLine]!.slice(0, tailAt)].join('\n')
        scan.regions.push({ ...rawBeforeTail(lines, l, endLine, tailAt, ends, true), value })
        l = endLine - 1
        continue
      }
      if (endLine > l) {
        l = endLine
        continue
      }
    }
    // kramdown's end-of-block marker ends a list or quote and is not output.
    if (/^ {0,3}\^\s*$/.test(line)) {
      lines[l] = END_OF_BLOCK
      continue
    }
    // (A `-` under a paragraph line is a heading's underline, not an item.)
    const underline =
      /^ {0,3}-[ \t]*$/.test(line) && !blank(l - 1) && !LIST_LINE.test(lines[l - 1]!)
    if (!underline && alignItemContent(lines, l, blank)) continue
    line = lines[l]!
    const abbr = ABBREVIATION.exec(line)
    if (abbr) {
      scan.abbreviations.set(abbr[1]!, abbr[2]!.trim())
      lines[l] = ''
      const attrs = abbreviationAttributes(lines, l)
      if (attrs) scan.abbreviationAttributes.set(abbr[1]!, attrs)
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
    if (!(blank(l - 1) && /^( {4}|\t)/.test(line))) {
      const before = scan.spans.raw.length
      lines[l] = rewriteRawSpans(rewriteSpanExtensions(line, scan.spans), scan.spans)
      if (scan.spans.raw.length > before) Object.assign(scan.options, scan.spans.options)
    }
    const table = scanTable(lines, l, tableBoundary)
    if (table) {
      scan.regions.push(table)
      l = table.end - 1
      continue
    }
    // An end tag opening a block that closes no element is text to kramdown (CommonMark: HTML).
    // (Not where CommonMark may be running an HTML block the scan left to it: a tag opening one
    // of the lines above, up to a blank line, as a start tag written across lines.)
    const stray = STRAY_END_TAG.exec(line)
    const strayTag = stray?.[2]!.toLowerCase()
    if (
      stray &&
      !SPAN_ELEMENTS.has(strayTag!) &&
      ends.unpaired(l, stray[1]!.length, strayTag!) &&
      !htmlAbove(lines, l)
    ) {
      lines[l] = `${stray[1]}\\${line.slice(stray[1]!.length)}`
      continue
    }
    const open = OPEN_TAG.exec(line)
    if (!open) continue
    const tag = open[1]!.toLowerCase()
    // kramdown reads any element at a block's start as block HTML, except its span elements.
    if (SPAN_ELEMENTS.has(tag)) continue
    // An empty element (`<webgen:block name="x" />`) alone on its line is a block of its own.
    if (open[3]) {
      if (!line.slice(open[0].length).trim())
        scan.regions.push({ kind: 'raw', start: l + 1, end: l + 1, value: line.trim() })
      continue
    }
    const attrs = open[2] ?? ''
    const markdown = /\smarkdown\s*=\s*["']?(\w+)/i.exec(attrs)?.[1]
    let end = ends.find(l, tag, open[0].length, () => matchingEnd(lines, l, tag, open[0].length))
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
    // Block Markdown inside: a tag in an indented code block there is the code's text.
    if (parse && model === 'block' && end.line > l && codeLineIn(lines, l, end.line)) {
      // (Asked line by line from the open tag on: each answer follows from the one before.)
      let inCode = false
      const code = (line: number) => {
        const text = lines[line]!
        const start = line === l + 1 || /^\s*$/.test(lines[line - 1] ?? '')
        inCode = line > l && INDENTED.test(text) && /\S/.test(text) && (inCode || start)
        return inCode
      }
      end = matchingEnd(lines, l, tag, open[0].length, code)
    }
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
      (blank(l + 1) || INTERRUPTS.test(lines[l + 1]!))
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
    if (end.line < l) continue
    const closeTag = /^<\/[^>]+>/.exec(lines[end.line]!.slice(end.column))
    const tailAt = end.column + (closeTag?.[0].length ?? 0)
    const tail = lines[end.line]!.slice(tailAt)
    // (An element on one line is CommonMark's HTML block, unless its content is Markdown or text
    // follows its end tag; one CommonMark reads as a paragraph's HTML, as `<video>…</video>`, is
    // kramdown's block all the same.)
    if (end.line === l && !(parse && model !== 'raw') && !tail.trim() && INTERRUPTS.test(line))
      continue
    // Raw HTML, as kramdown keeps it: the whole element, blank lines included; the content of
    // the elements inside it that are parsed (a `markdown` attribute, or parse_block_html when the
    // element itself is parsed) is Markdown (html-holes.ts).
    const source = [...lines.slice(l, end.line), lines[end.line]!.slice(0, tailAt)].join('\n')
    const holes = TEXT_ONLY.has(tag) ? [] : findHoles(source, parse && model !== 'raw')
    const value = holes.length ? source : kramdownRawHtml(source.replace(MARKDOWN_ATTR_GLOBAL, ''))
    if (tail.trim()) {
      // Text after the end tag starts a block of its own (kramdown). Content before the end tag
      // on the last of several lines would be a hole the rewritten line no longer holds; an
      // element on one line is a block of no lines, its holes read from its value.
      if (holes.length && end.line > l && lines[end.line]!.slice(0, end.column).trim()) continue
      const region = rawBeforeTail(lines, l, end.line, tailAt, ends, !holes.length)
      scan.regions.push({ ...region, value, holes, parseBlockHtml: parseHtml })
      l = end.line - 1
      continue
    }
    scan.regions.push({
      kind: 'raw',
      start: l + 1,
      end: end.line + 1,
      value,
      holes,
      parseBlockHtml: parseHtml,
    })
    l = end.line
  }
  scan.text = lines.join('\n')
  const tables = scan.regions.filter((r): r is TableRegion => r.kind === 'table')
  const withHoles = scan.regions.filter((r) => r.kind === 'raw' && r.holes?.length)
  if (tables.length || withHoles.length) {
    const starts = [0]
    for (const line of lines) starts.push(starts.at(-1)! + line.length + 1)
    for (const region of withHoles)
      if (region.kind === 'raw') region.offset = starts[region.start - 1]
    for (const table of tables)
      for (const section of table.sections)
        for (const row of section.rows)
          for (const cell of row) cell.offset = starts[cell.line - 1]! + cell.column - 1
  }
  return scan
}

/** mdast's identifier of a label: micromark's normalisation, then lower case. */
const identifier = (label: string) => normalizeIdentifier(label).toLowerCase()

/**
 * The definitions (`footnotes`, by identifier) that a table cell's `[^label]` calls need after
 * it (a label defined nowhere is text either way); every one when a `[^` in the cell is not
 * such a plain call.
 */
export function footnoteLabels(text: string, footnotes: Map<string, string>): string {
  if (!text.includes('[^')) return ''
  const calls = [...text.matchAll(/\[\^([^[\]\\]+)\]/g)].map((m) => identifier(m[1]!))
  if (calls.length !== text.split('[^').length - 1) return [...footnotes.values()].join('')
  return [...new Set(calls)].map((id) => footnotes.get(id) ?? '').join('')
}

/**
 * Remark plugin: puts the regions found by `scanBlocks` into the tree. Each takes the top-level
 * blocks on its lines (inner regions first, so an element can hold another); a region whose
 * lines a block only partly covers is left as CommonMark parsed it.
 */
export function remarkKramdownBlocks(
  this: Processor,
  options: { regions: Region[]; lazyCode?: Set<number> },
) {
  const data = this.data()
  // A table cell is span Markdown: a character reference first keeps `#`, `-`, `1.` or `>` at
  // its start from opening a block, and keeps emphasis flanking as it is.
  // The document's footnote labels are defined again after the cell, so `[^1]` is a call there:
  // only after a cell that can hold one, and only the labels it calls (parsing every label after
  // every cell of a big table with many footnotes is quadratic).
  let footnotes = new Map<string, string>()
  const parse = (text: string) =>
    fromMarkdown(text, {
      extensions: data.micromarkExtensions ?? [],
      mdastExtensions: data.fromMarkdownExtensions ?? [],
    })
  const lead = '&#8203;'
  // A cell's paragraph, with the positions of the cell's text in the author's file; `from` is the
  // offset of the cell's lead in the text parsed.
  const cellChildren = (para: Paragraph, cell: TableCell, from: number): PhrasingContent[] => {
    visit(para, (node) => {
      const pos = node.position
      if (!pos) return
      for (const point of [pos.start, pos.end]) {
        const shift = Math.max(0, (point.offset ?? 0) - from - lead.length)
        point.column = cell.column + shift
        point.line = cell.line
        point.offset = cell.offset + shift
      }
    })
    const children = para.children
    const first = children[0]
    if (first?.type === 'text') {
      first.value = first.value.replace(/^\u200b/, '')
      if (!first.value) children.shift()
    }
    return children
  }
  const inlineOne = (cell: TableCell): PhrasingContent[] => {
    const root = parse(lead + cell.text + footnoteLabels(cell.text, footnotes))
    const para = root.children[0]
    if (para?.type !== 'paragraph') return [{ type: 'text', value: cell.text }]
    return cellChildren(para, cell, 0)
  }
  // A table's cells are parsed together, each a paragraph of its own (a cell is one line, and its
  // lead keeps any block from starting there, so a blank line between cells keeps them apart),
  // with the footnote definitions any of them calls after the last. A cell whose text did not
  // come back as exactly one paragraph is parsed alone.
  const inline = (cells: TableCell[]): PhrasingContent[][] => {
    if (cells.length < 2) return cells.map(inlineOne)
    const starts: number[] = []
    let text = ''
    for (const cell of cells) {
      if (text) text += '\n\n'
      starts.push(text.length)
      text += lead + cell.text
    }
    const labels = new Set(cells.map((cell) => footnoteLabels(cell.text, footnotes)))
    const root = parse(text + [...labels].join(''))
    const paragraphs = new Map<number, Paragraph>()
    for (const node of root.children) {
      const at = node.position?.start.offset
      if (node.type === 'paragraph' && at !== undefined) paragraphs.set(at, node)
    }
    return cells.map((cell, i) => {
      const para = paragraphs.get(starts[i]!)
      const end = i + 1 < cells.length ? starts[i + 1]! - 2 : text.length
      return para && para.position?.end.offset === end
        ? cellChildren(para, cell, starts[i]!)
        : inlineOne(cell)
    })
  }
  // A raw HTML block with holes: its raw pieces (without `markdown` attributes) around each hole's
  // element, whose content is parsed as block or span Markdown, with positions in the author's
  // file. (Top-level blocks are joined by a line break: the raw pieces lose theirs at the joins.)
  const holeNodes = (region: Region & { kind: 'raw' }, position: Position): RootContent[] => {
    const nodes: RootContent[] = []
    const raw = (value: string) => {
      const html = value.replace(MARKDOWN_ATTR_GLOBAL, '')
      if (html.trim())
        nodes.push({ type: 'html', value: html, position: structuredClone(position) })
    }
    let from = 0
    for (const hole of region.holes ?? []) {
      const text = region.value.slice(hole.from, hole.to)
      raw(region.value.slice(from, hole.open).replace(/\n$/, ''))
      from = hole.close
      const element = (children: RootContent[]) =>
        nodes.push({
          type: 'kramdownElement',
          children,
          position: structuredClone(position),
          data: { hName: hole.tag, hProperties: tagProperties(hole.tag, hole.attrs) },
        } as unknown as RootContent)
      if (!text.trim()) {
        element([])
        continue
      }
      const before = region.value.slice(0, hole.from)
      const line = region.start + (before.match(/\n/g)?.length ?? 0)
      const offset = (region.offset ?? 0) + hole.from
      // A block hole is a small document: kramdown's block rules apply inside it too.
      // kramdown's HTML parser reads a tag inside parsed HTML however it is indented: such a
      // line is not an indented code block (only its columns move).
      const sub = hole.span
        ? undefined
        : scanBlocks(text.replace(/^[ \t]+(?=<\/?[A-Za-z])/gm, ''), region.parseBlockHtml ?? false)
      const root = parse(sub ? sub.text : text.trim())
      if (sub) applyRegions(root, sub.regions, sub.text)
      const lead = hole.span ? text.length - text.trimStart().length : 0
      visit(root, (node) => {
        const pos = node.position
        if (!pos) return
        for (const point of [pos.start, pos.end]) {
          point.line += line - 1
          point.offset = offset + lead + (point.offset ?? 0)
        }
      })
      const only = root.children.length === 1 ? root.children[0] : undefined
      element(hole.span && only?.type === 'paragraph' ? (only.children as never[]) : root.children)
      if (region.value[from] === '\n') from++
    }
    raw(region.value.slice(from))
    return nodes
  }
  // `doc` is the text `tree` was parsed from (the document, or a hole's content).
  const applyRegions = (tree: Root, list: Region[], doc: string): void => {
    // Inner regions first; a raw block of one line whose line goes on after its end tag (no lines
    // of its own: `<script>…</script><p>…`) last, in front of what its line goes on with.
    const size = (r: Region) => (r.end < r.start ? Number.MAX_SAFE_INTEGER : r.end - r.start)
    const regions = [...list].sort((a, b) => size(a) - size(b))
    const docLines = doc.split('\n')
    // A definition list's position ends at the start of the line after it (remark-definition-list
    // counts the line break): it ends on the line before, so a table there is not straddled.
    const lineOf = (n: RootContent, side: 'start' | 'end') => {
      const pos = n.position
      if (!pos) return -1
      const atLineStart = side === 'end' && pos.end.column === 1 && pos.end.line > pos.start.line
      return atLineStart ? pos.end.line - 1 : pos[side].line
    }
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
          ? (text: string, line: number) => markdownAt(this, doc, text, line)
          : undefined
      splitRawHtml(tree, firstFrom(region.end + 1) - 1, region.end + 1, reparse)
      if (region.kind === 'element') {
        splitCode(tree, firstFrom(region.start) - 1, region.start, docLines)
        splitCode(tree, firstFrom(region.end + 1) - 1, region.end + 1, docLines)
      }
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
      if (region.kind === 'raw' && region.holes?.length) {
        const nodes = holeNodes(region, position)
        tree.children.splice(at, inside.length, ...nodes)
        continue
      }
      if (region.kind === 'table') node = { ...tableNode(region, inline), position } as never
      else if (region.kind === 'raw') node = { type: 'html', value: region.value, position }
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
  return (tree: Root, file: VFile) => {
    footnotes = new Map()
    for (const node of tree.children)
      if (node.type === 'footnoteDefinition')
        footnotes.set(node.identifier, `\n\n[^${node.label ?? node.identifier}]: x`)
    visit(tree, 'html', (node: Html, index, parent) => {
      if (node.value !== END_OF_BLOCK || !parent || index === undefined) return
      parent.children.splice(index, 1)
      return index
    })
    applyRegions(tree, options.regions, String(file.value))
    replaceNestedTables(tree, String(file.value), (table) => tableNode(table, inline) as never)
    joinLazyCode(tree, options.lazyCode ?? new Set())
  }
}

/**
 * An indented code block that runs across the emptied tag line of a parsed element (CommonMark
 * joins code across blank lines; to kramdown the tag ends the code) is cut in two at `line`, each
 * part without the blank lines at the cut. `index` is the last top-level block starting before
 * `line`; `lines` are those of the text the tree was parsed from.
 */
function splitCode(tree: Root, index: number, line: number, lines: string[]) {
  const node = tree.children[index]
  if (node?.type !== 'code' || !node.position) return
  const { start, end } = node.position
  if (start.line >= line || end.line < line || !INDENTED.test(lines[start.line - 1] ?? '')) return
  const values = node.value.split('\n')
  if (values.length !== end.line - start.line + 1) return
  const cut = line - start.line
  const before = values.slice(0, cut)
  const after = values.slice(cut)
  while (before.length && !before.at(-1)!.trim()) before.pop()
  let skipped = 0
  while (after.length && !after[0]!.trim()) {
    after.shift()
    skipped++
  }
  const part = (value: string[], from: number, to: number): Code => ({
    type: 'code',
    lang: null,
    meta: null,
    value: value.join('\n'),
    position: {
      start: { line: from, column: 1 },
      end: { line: to, column: (lines[to - 1]?.length ?? 0) + 1 },
    },
  })
  const parts: Code[] = []
  if (before.length) {
    const first = part(before, start.line, start.line + before.length - 1)
    first.position!.start = start
    parts.push(first)
  }
  if (after.length) parts.push(part(after, line + skipped, end.line))
  tree.children.splice(index, 1, ...parts)
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
