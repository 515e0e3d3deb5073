import type { Extension } from 'micromark-util-types'
import type { Processor } from 'unified'

/**
 * kramdown's tables, which Jekyll uses for GFM input too (kramdown-parser-gfm keeps kramdown's
 * table parser): rows are lines with a `|`, a header row is optional, a `|-` line after the first
 * rows ends the header (and sets the alignment), a later `|-` or `|+` line starts a new body,
 * a `|=` line starts the footer. A table needs a block boundary (blank line, `^`, an IAL line,
 * the document's edge) before and after it, and a body. Found line by line like blocks.ts's other
 * rules; each cell's text is parsed as span Markdown after (blocks.ts).
 */

export type Alignment = 'left' | 'center' | 'right' | null

export interface TableCell {
  text: string
  /** 1-based line and column of the cell's text in the source. */
  line: number
  column: number
  /** Its offset in the text the Markdown parser sees (set once the scan is done). */
  offset: number
}

export interface TableRegion {
  kind: 'table'
  /** First and last line, 1-based. */
  start: number
  end: number
  sections: { tag: 'thead' | 'tbody' | 'tfoot'; rows: TableCell[][] }[]
  alignment: Alignment[]
  columns: number
}

const PIPE_CHECK = /^(?:\||.*?[^\\\n]\|)/
const TABLE_START = /^ {0,3}(?=\S)(?:\||.*?[^\\\n]\|)/
const SEP_LINE = /^([+|: \t-]*?-[+|: \t-]*?)[ \t]*$/
const HSEP_ALIGN = /[ \t]?(:?)-+(:?)[ \t]?/g
const FSEP_LINE = /^[+|: \t=]*?=[+|: \t=]*?[ \t]*$/
// Lines another block parser takes before kramdown's table parser gets them.
const OTHER_BLOCK =
  /^ {0,3}(?:>|[*+-](?:[ \t]|$)|\d+\.(?:[ \t]|$)|#|:[ \t]|<|\$\$|\[[^\]]*\]:|\*\[|\{:|```|~~~)/

type Token = { code: boolean; value: string; source: string; at: number }

/**
 * `text` split into code spans and plain text as kramdown's code span parser does (a lone
 * backtick between spaces and an unclosed run are text); `<code>…</code>` elements count as code.
 */
function codeTokens(text: string): Token[] {
  const tokens: Token[] = []
  let plain = ''
  let plainAt = 0
  const flush = (to: number) => {
    if (plain) tokens.push({ code: false, value: plain, source: plain, at: plainAt })
    plain = ''
    plainAt = to
  }
  let i = 0
  while (i < text.length) {
    const html = /^<code[^>]*>[\s\S]*?<\/code>/i.exec(text.slice(i))
    if (text[i] === '<' && html) {
      flush(i)
      tokens.push({ code: true, value: html[0], source: html[0], at: i })
      i += html[0].length
      plainAt = i
      continue
    }
    if (text[i] !== '`') {
      plain += text[i]
      i++
      continue
    }
    const run = /^`+/.exec(text.slice(i))![0]
    const before = text[i - 1]
    const after = text[i + run.length]
    const loneSpaced =
      run.length === 1 && (before === undefined || /\s/.test(before)) && /\s/.test(after ?? '')
    const close = loneSpaced ? -1 : text.indexOf(run, i + run.length)
    if (close < 0) {
      plain += run
      i += run.length
      continue
    }
    flush(i)
    const source = text.slice(i, close + run.length)
    tokens.push({ code: true, value: text.slice(i + run.length, close), source, at: i })
    i = close + run.length
    plainAt = i
  }
  flush(text.length)
  return tokens
}

/** A row line's cells, with their columns (0-based), as kramdown splits them. */
function splitRow(line: string): { text: string; at: number }[] {
  const cells: { text: string; at: number }[] = []
  const add = (text: string, at: number, fresh: boolean) => {
    if (fresh || cells.length === 0) cells.push({ text, at })
    else cells[cells.length - 1]!.text += text
  }
  for (const token of codeTokens(line)) {
    if (token.code) {
      add(token.source, token.at, false)
      continue
    }
    const parts = token.value.split(/(?<!\\)\|/)
    let at = token.at
    parts.forEach((part, i) => {
      add(part.replace(/\\\|/g, '|'), at, i > 0)
      at += part.length + 1
    })
  }
  return cells
}

/** kramdown's last check: every line has a `|` outside code spans (one may span two lines). */
function pipesOutsideCode(text: string): boolean {
  let pipe = false
  for (const token of codeTokens(text)) {
    const lines = token.value.split('\n')
    while (lines.length && lines.at(-1) === '') lines.pop()
    if (token.code) {
      if (lines.length > 2 || (lines.length === 2 && !pipe)) break
      if (lines.length === 2) pipe = false
    } else {
      if (lines.length > 1 && !pipe && !PIPE_CHECK.test(lines[0]!)) break
      pipe = (lines.length > 1 ? false : pipe) || PIPE_CHECK.test(lines.at(-1) ?? '')
    }
  }
  return pipe
}

/**
 * The table starting at `lines[l]` (0-based), if kramdown reads one there; `boundary(i)` says
 * whether line `i` is a block boundary (blank, `^`, an IAL line, outside the document).
 */
export function scanTable(
  lines: string[],
  l: number,
  boundary: (i: number) => boolean,
): TableRegion | undefined {
  const first = lines[l]!
  if (!TABLE_START.test(first) || OTHER_BLOCK.test(first) || !boundary(l - 1)) return undefined
  const leadingPipe = /^\s*\|/.test(first)
  const table: TableRegion = {
    kind: 'table',
    start: l + 1,
    end: l + 1,
    sections: [],
    alignment: [],
    columns: 0,
  }
  let rows: TableCell[][] = []
  let hasFooter = false
  let alignmentSet = false
  const addSection = (tag: 'thead' | 'tbody' | 'tfoot', force: boolean) => {
    if (!hasFooter || tag !== 'tbody' || force) {
      table.sections.push({ tag, rows })
      rows = []
    }
  }
  let i = l
  for (; i < lines.length; i++) {
    const line = lines[i]!
    if (!PIPE_CHECK.test(line)) break
    const sep = SEP_LINE.exec(line)
    if (sep) {
      if (rows.length === 0) continue
      if (!alignmentSet && !hasFooter) {
        addSection('thead', false)
        alignmentSet = true
        table.alignment = [...sep[1]!.matchAll(HSEP_ALIGN)].map(([, left, right]) =>
          !left && !right ? null : !right ? 'left' : !left ? 'right' : 'center',
        )
      } else addSection('tbody', false)
    } else if (FSEP_LINE.test(line)) {
      if (rows.length) addSection('tbody', true)
      hasFooter = true
    } else {
      const cells = splitRow(line.replace(/[ \t]+$/, ''))
      if (leadingPipe && cells[0]?.text.trim() === '') cells.shift()
      if (cells.length && cells.at(-1)!.text.trim() === '') cells.pop()
      rows.push(
        cells.map((c) => ({
          text: c.text.trim(),
          line: i + 1,
          column: c.at + (c.text.length - c.text.trimStart().length) + 1,
          offset: 0,
        })),
      )
      table.columns = Math.max(table.columns, cells.length)
    }
  }
  if (i === l || !boundary(i)) return undefined
  if (!pipesOutsideCode(lines.slice(l, i).join('\n'))) return undefined
  if (rows.length) addSection(hasFooter ? 'tfoot' : 'tbody', false)
  if (!table.sections.some((s) => s.tag === 'tbody')) return undefined
  table.end = i
  const n = table.columns
  table.alignment = [...table.alignment.slice(0, n), ...Array<Alignment>(n).fill(null)].slice(0, n)
  return table
}

type Node = { type: string; children: unknown[]; data: { hName: string; hProperties: object } }

/** Remark plugin for `.md`: no GFM tables (kramdown's are found by `scanTable`). */
export function remarkNoGfmTables(this: Processor) {
  const data = this.data() as { micromarkExtensions?: Extension[] }
  ;(data.micromarkExtensions ??= []).push({ disable: { null: ['table'] } })
}

const element = (hName: string, children: unknown[], hProperties: object = {}): Node => ({
  type: 'kramdownElement',
  children,
  data: { hName, hProperties },
})

/** Children on lines of their own, as remark-rehype writes a GFM table. */
const lines = (children: Node[]): unknown[] => [
  ...children.flatMap((child) => [{ type: 'text', value: '\n' }, child]),
  { type: 'text', value: '\n' },
]

/**
 * The table as mdast nodes that become `<table>`, its sections, rows and cells (kramdown writes
 * an empty cell as `&nbsp;` and an alignment as `style="text-align: …"`); `inline` parses the
 * table's non-empty cells' text as span Markdown (all at once: one parse per cell costs more
 * than the cells' text), giving each cell's nodes in order.
 */
export function tableNode(table: TableRegion, inline: (cells: TableCell[]) => unknown[][]): Node {
  const cells = table.sections.flatMap((section) =>
    section.rows.flatMap((row) => row.slice(0, table.columns).filter((cell) => cell.text)),
  )
  const parsed = new Map(inline(cells).map((children, i) => [cells[i], children]))
  return element(
    'table',
    lines(
      table.sections.map((section) =>
        element(
          section.tag,
          lines(
            section.rows.map((row) =>
              element(
                'tr',
                lines(
                  Array.from({ length: table.columns }, (_, i) => {
                    const cell = row[i]
                    const children = (cell && parsed.get(cell)) ?? []
                    const align = table.alignment[i]
                    // A `tableCell` with a position, so the plugins that read cells find it.
                    return {
                      ...element(
                        section.tag === 'thead' ? 'th' : 'td',
                        children.length ? children : [{ type: 'text', value: '\u00a0' }],
                        align ? { style: `text-align: ${align}` } : {},
                      ),
                      type: 'tableCell',
                      position: cell && {
                        start: { line: cell.line, column: cell.column, offset: cell.offset },
                        end: {
                          line: cell.line,
                          column: cell.column + cell.text.length,
                          offset: cell.offset + cell.text.length,
                        },
                      },
                    }
                  }),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  )
}

interface Block {
  type: string
  children?: Block[]
  position?: {
    start: { line: number; column: number; offset?: number }
    end: { line: number; column: number; offset?: number }
  }
}

/**
 * kramdown reads a list item's, quote's or footnote's content as a document of its own, so a table
 * there follows the same rules as at the top level (which `scanTable` finds before parsing). In
 * the parsed tree, such a table is a paragraph inside a container with a block boundary above and
 * below it (the container's edge, a blank line or an attribute line) whose lines are all rows:
 * each is replaced by `make(table)`. `doc` is the text the tree was parsed from.
 */
export function replaceNestedTables(
  tree: Block,
  doc: string,
  make: (table: TableRegion) => Block,
): void {
  const docLines = doc.split('\n')
  const starts = [0]
  for (const line of docLines) starts.push(starts.at(-1)! + line.length + 1)
  const blankLine = (line: number) => /^\s*$/.test(docLines[line - 1] ?? '')
  // Its own stack, not a recursive walk: this runs before the depth check (html-depth.ts).
  const stack: [Block, boolean][] = [[tree, true]]
  while (stack.length) {
    const [parent, top] = stack.pop()!
    const children = parent.children ?? []
    children.forEach((child, i) => {
      if (child.children && child.type !== 'paragraph') stack.push([child, false])
      const pos = child.position
      if (top || child.type !== 'paragraph' || !pos) return
      const before = children[i - 1]
      const after = children[i + 1]
      const edge = (n: Block | undefined, line: number) =>
        !n || n.type === 'kramdownAttributeLine' || blankLine(line)
      if (!edge(before, pos.start.line - 1) || !edge(after, pos.end.line + 1)) return
      // The paragraph's lines without the container's prefix (`>`, the item's indentation).
      const cut: number[] = []
      const lines: string[] = []
      for (let l = pos.start.line; l <= pos.end.line; l++) {
        const text = docLines[l - 1] ?? ''
        const prefix = /^[ \t>]*/.exec(text)![0].length
        const at =
          l === pos.start.line ? pos.start.column - 1 : Math.min(prefix, pos.start.column - 1)
        cut.push(at)
        lines.push(text.slice(at))
      }
      const table = scanTable(lines, 0, (l) => l < 0 || l >= lines.length)
      if (!table || table.end !== lines.length) return
      for (const section of table.sections)
        for (const row of section.rows)
          for (const cell of row) {
            cell.column += cut[cell.line - 1]!
            cell.line += pos.start.line - 1
            cell.offset = starts[cell.line - 1]! + cell.column - 1
          }
      table.start = pos.start.line
      table.end = pos.end.line
      children[i] = { ...make(table), position: pos }
    })
  }
}
