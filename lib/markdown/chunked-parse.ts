import type { Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown'
import { normalizeIdentifier } from 'micromark-util-normalize-identifier'
import type { Construct, Extension, ParseContext, TokenizeContext } from 'micromark-util-types'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import type { Region } from './blocks'

/**
 * A long Markdown body is parsed in pieces. micromark keeps the events of everything it parses
 * until it is done (about 600 MB per MB of Markdown), so a 5 MB post needed 3 GB; parsed a
 * section at a time, only one section's events are alive at once. The pieces are joined into one
 * tree, with positions in the whole file, before any plugin runs, so every tree-level rule
 * (footnote numbers, abbreviations, attribute lists, kramdown's regions) sees the one document.
 *
 * A piece ends only where nothing can run on past it: before a `#` line at the left margin that
 * follows a blank line, outside fenced code, outside HTML blocks that run across blank lines
 * (`<pre>`, `<script>`, `<style>`, `<textarea>`, comments, `<?…?>`, `<!…>`, CDATA) and outside the
 * regions kramdown's block scan found (`markdown="1"` elements, raw HTML, `{::…}` extensions).
 * A blank line ends every paragraph, list, quote, table and indented block that a left-margin
 * line does not continue, so each piece parses to the same blocks as the whole.
 *
 * What micromark decides document-wide is which `[label]`s are references and which `[^note]`s
 * are footnote calls: a label counts if a definition anywhere in the document has it. Each piece
 * starts knowing the labels of the definitions before it and of every line that looks like a
 * definition; when all pieces are parsed, a piece is parsed again with the document's real labels
 * if one it did not know, or one it wrongly assumed, occurs in its text.
 */

/** Pieces are at least this many characters; a shorter document is parsed whole. */
export const chunking = { size: 128 * 1024 }

const HTML_OPEN: [RegExp, RegExp][] = [
  [/^ {0,3}<(pre|script|style|textarea)(?=[\s>]|$)/i, /<\/(pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
]
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/
const DEFINITION = /^ {0,3}\[((?:[^[\]\\]|\\.){1,999})\]:/gm

/** The offsets at which the text may be cut, about `size` apart. */
export function chunkStarts(text: string, regions: readonly Region[], size: number): number[] {
  // Lines (1-based) a region covers past its first: no cut before them.
  const inRegion = new Uint8Array(text.length ? text.split('\n').length + 2 : 2)
  for (const r of regions) inRegion.fill(1, r.start + 1, Math.min(r.end, inRegion.length - 1) + 1)
  const starts = [0]
  let fence: { char: string; length: number } | undefined
  let htmlEnd: RegExp | undefined
  let previousBlank = false
  let line = 1
  for (let at = 0; at < text.length; line++) {
    const nl = text.indexOf('\n', at)
    const end = nl < 0 ? text.length : nl
    const content = text.slice(at, end)
    if (fence) {
      const f = FENCE.exec(content)
      if (f && f[1]![0] === fence.char && f[1]!.length >= fence.length && !f[2]!.trim())
        fence = undefined
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = undefined
    } else {
      if (
        previousBlank &&
        content.startsWith('#') &&
        !inRegion[line] &&
        at - starts.at(-1)! >= size &&
        text.length - at >= size / 4
      )
        starts.push(at)
      const f = FENCE.exec(content)
      if (f && !(f[1]![0] === '`' && f[2]!.includes('`')))
        fence = { char: f[1]![0]!, length: f[1]!.length }
      else
        for (const [open, close] of HTML_OPEN) {
          const m = open.exec(content)
          if (!m) continue
          if (!close.test(content.slice(m[0].length))) htmlEnd = close
          break
        }
    }
    previousBlank = content.trim() === ''
    at = end + 1
  }
  return starts
}

type Known = { defined: string[]; footnotes: string[] }

/**
 * A micromark extension that gives the parser the labels to count as defined before it reads
 * anything (micromark resolves references after the whole piece's blocks are read), and hands
 * back the parser so its own labels can be read after.
 */
function seed(known: Known, seen: { parser?: ParseContext }): Extension {
  const construct: Construct = {
    tokenize(this: TokenizeContext, _effects, _ok, nok) {
      if (!seen.parser) {
        const parser = this.parser as ParseContext & { gfmFootnotes?: string[] }
        seen.parser = parser
        parser.defined.push(...known.defined)
        ;(parser.gfmFootnotes ??= []).push(...known.footnotes)
      }
      return nok
    },
  }
  return { flow: { null: [construct] } }
}

function shift(tree: Root, lines: number, offset: number) {
  if (!lines && !offset) return
  const stack: Node[] = [...tree.children]
  while (stack.length) {
    const node = stack.pop()!
    const p = node.position
    if (p) {
      p.start.line += lines
      p.end.line += lines
      if (p.start.offset !== undefined) p.start.offset += offset
      if (p.end.offset !== undefined) p.end.offset += offset
    }
    const children = (node as { children?: Node[] }).children
    if (children) for (const c of children) stack.push(c)
  }
}

const squash = (text: string) => normalizeIdentifier(text)

/**
 * The `.md` pipeline's parse, in pieces when the text is long: the same tree as
 * `processor.parse(file)`.
 */
export function parseInChunks(
  processor: { parse(file: VFile): unknown; freeze(): unknown; data(key: string): unknown },
  file: VFile,
  regions: readonly Region[],
): Root {
  const text = String(file.value)
  const starts = text.length < 2 * chunking.size ? [0] : chunkStarts(text, regions, chunking.size)
  if (starts.length < 2) return processor.parse(file) as Root
  processor.freeze()
  const extensions = (processor.data('micromarkExtensions') ?? []) as Extension[]
  const mdastExtensions = (processor.data('fromMarkdownExtensions') ?? []) as (
    FromMarkdownExtension | FromMarkdownExtension[]
  )[]
  const settings = (processor.data('settings') ?? {}) as object

  const candidates: Known = { defined: [], footnotes: [] }
  for (const m of text.matchAll(DEFINITION)) {
    const label = m[1]!
    if (label.startsWith('^')) candidates.footnotes.push(normalizeIdentifier(label.slice(1)))
    else candidates.defined.push(normalizeIdentifier(label))
  }
  const parse = (piece: string, known: Known) => {
    const seen: { parser?: ParseContext & { gfmFootnotes?: string[] } } = {}
    const tree = fromMarkdown(piece, {
      ...settings,
      extensions: [...extensions, seed(known, seen)],
      mdastExtensions,
    })
    return { tree, defined: seen.parser?.defined ?? [], footnotes: seen.parser?.gfmFootnotes ?? [] }
  }

  const pieces = starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length))
  const real = { defined: new Set<string>(), footnotes: new Set<string>() }
  const trees: Root[] = []
  const assumed: Known[] = []
  for (const piece of pieces) {
    const known: Known = {
      defined: [...new Set([...candidates.defined, ...real.defined])],
      footnotes: [...new Set([...candidates.footnotes, ...real.footnotes])],
    }
    const result = parse(piece, known)
    trees.push(result.tree)
    assumed.push(known)
    for (const id of result.defined) real.defined.add(id)
    for (const id of result.footnotes) real.footnotes.add(id)
  }
  const final: Known = { defined: [...real.defined], footnotes: [...real.footnotes] }
  for (let i = 0; i < pieces.length; i++) {
    const own = new Set(assumed[i]!.defined)
    const ownNotes = new Set(assumed[i]!.footnotes)
    const differ = [
      ...final.defined.filter((id) => !own.has(id)),
      ...assumed[i]!.defined.filter((id) => !real.defined.has(id)),
      ...final.footnotes.filter((id) => !ownNotes.has(id)),
      ...assumed[i]!.footnotes.filter((id) => !real.footnotes.has(id)),
    ]
    if (!differ.length) continue
    const words = squash(pieces[i]!)
    if (differ.some((id) => words.includes(id))) trees[i] = parse(pieces[i]!, final).tree
  }

  const children: RootContent[] = []
  let line = 0
  for (let i = 0; i < trees.length; i++) {
    shift(trees[i]!, line, starts[i]!)
    for (const c of trees[i]!.children) children.push(c)
    line += pieces[i]!.split('\n').length - 1
  }
  const last = trees.at(-1)!.position!.end
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: {
        line: last.line + (line - (pieces.at(-1)!.split('\n').length - 1)),
        column: last.column,
        offset: (last.offset ?? 0) + starts.at(-1)!,
      },
    },
  }
}
