import type { Html, Parent, PhrasingContent, Root, Text } from 'mdast'
import type { VFile } from 'vfile'
import { quoteChar, type KramdownOptions, type TypographicSymbol } from './kramdown-options'
import { visit } from './visit'

/**
 * kramdown's typography, as Jekyll renders prose: smart quotes, `--`/`---` dashes, `...`
 * ellipses and `<< >>` guillemets. The rules are kramdown's own (its smart_quotes and
 * typographic_syms span parsers), applied the way its scanner applies them: left to right over
 * the *source* of each text node, so a quote sees the characters around it as written
 * (`"*word*"`, `"\[x]"`) even where Markdown syntax was removed from the text. Code, math, raw
 * HTML and URLs are never text nodes here, so they are never touched.
 */

// kramdown's SQ_PUNCT and SQ_CLOSE character classes (Ruby's \w, \s and \d are ASCII-only).
const PUNCT = `[!"#$%'()*+,\\-./:;<=>?@\\[\\\\\\]^_\`{|}~]`
const CLOSE = `[^ \\\\\\t\\r\\n\\[{(-]`
const W = '[A-Za-z0-9_]'
const S = '[ \\t\\r\\n\\f\\v]'
const NB = `(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))`

type Subst = number | 'lquote1' | 'rquote1' | 'lquote2' | 'rquote2' | 'ldquo' | 'lsquo' | 'rsquo'

// kramdown's SQ_RULES, in its order; each is tried where kramdown's scanner would start it.
const RULES: [RegExp, Subst[]][] = [
  [new RegExp(`(["'])(?=[_*]{1,2}\\S)`, 'y'), ['lquote1']],
  [new RegExp(`(["'])(?=${PUNCT}(?!\\.\\.)${NB})`, 'y'), ['rquote1']],
  [new RegExp(`(${S}?)"'(?=${W})`, 'y'), [1, 'ldquo', 'lsquo']],
  [new RegExp(`(${S}?)'"(?=${W})`, 'y'), [1, 'lsquo', 'ldquo']],
  [new RegExp(`(${S}?)'(?=[0-9][0-9]s)`, 'y'), [1, 'rsquo']],
  [new RegExp(`(${S})(['"])(?=${W})`, 'y'), [1, 'lquote2']],
  [new RegExp(`(${CLOSE}${S}*)(['"])`, 'y'), [1, 'rquote2']],
  [new RegExp(`(["'])(?=${S}|s\\b|$)`, 'my'), ['rquote1']],
  [/([^]?)'/y, [1, 'lsquo']],
  [/([^]?)"/y, [1, 'ldquo']],
]

// kramdown's TYPOGRAPHIC_SYMS, longest first as it lists them, with their names (an escaped
// `\<<` has none: it is text).
const SYMBOLS: [string, string, TypographicSymbol?][] = [
  ['---', '—', 'mdash'],
  ['--', '–', 'ndash'],
  ['...', '…', 'hellip'],
  ['\\<<', '<<'],
  ['\\>>', '>>'],
  ['<< ', '«\u00a0', 'laquo_space'],
  [' >>', '\u00a0»', 'raquo_space'],
  ['<<', '«', 'laquo'],
  ['>>', '»', 'raquo'],
]

/** What each symbol becomes: kramdown's, the `typographic_symbols` option's, or none at all. */
export interface SymbolOptions {
  /** False with the GFM quirk `no_auto_typographic`: symbols stay as written. */
  symbols?: boolean
  replacements?: Partial<Record<TypographicSymbol, string>>
}

interface Replacement {
  start: number
  end: number
  value: string
  used?: boolean
}

/** The substitutions kramdown makes in `source[from, to)`, as source ranges. */
export function typographyReplacements(
  source: string,
  from: number,
  to: number,
  quotes: [string, string, string, string],
  escaped: (offset: number) => boolean,
  symbolOptions: SymbolOptions = {},
): Replacement[] {
  const symbols = symbolOptions.symbols === false ? [] : SYMBOLS
  const [lsquo, rsquo, ldquo, rdquo] = quotes.map(quoteChar) as [string, string, string, string]
  const out: Replacement[] = []
  const isQuote = (i: number) => i < to && (source[i] === '"' || source[i] === "'") && !escaped(i)
  let pos = from
  while (pos < to) {
    let start = -1
    let symbol: (typeof SYMBOLS)[number] | undefined
    for (let i = pos; i < to && start < 0; i++) {
      if (isQuote(i) || (source[i] !== '\\' && isQuote(i + 1))) start = i
      else if (
        (symbol = symbols.find(([text]) => source.startsWith(text, i) && i + text.length <= to))
      )
        start = i
    }
    if (start < 0) break
    if (symbol) {
      const name = symbol[2]
      const value = (name && symbolOptions.replacements?.[name]) ?? symbol[1]
      out.push({ start, end: start + symbol[0].length, value })
      pos = start + symbol[0].length
      continue
    }
    for (const [rule, substs] of RULES) {
      rule.lastIndex = start
      const m = rule.exec(source)
      if (!m) continue
      let at = start
      for (const subst of substs) {
        if (typeof subst === 'number') {
          at += m[subst]!.length
          continue
        }
        const quote = source[at]
        const value =
          subst === 'ldquo'
            ? ldquo
            : subst === 'lsquo'
              ? lsquo
              : subst === 'rsquo'
                ? rsquo
                : subst.startsWith('l')
                  ? quote === '"'
                    ? ldquo
                    : lsquo
                  : quote === '"'
                    ? rdquo
                    : rsquo
        out.push({ start: at, end: at + 1, value })
        at++
      }
      pos = start + m[0].length
      break
    }
  }
  return out
}

/**
 * Pairs each character of a text node's value with its offset in the source, walking both: a
 * backslash escape or a character reference in the source stands for one character of the
 * value that is literal (never a quote or a dash to substitute).
 */
function alignValue(value: string, source: string, start: number, end: number) {
  const offsets: number[] = []
  const literal = new Set<number>()
  let j = start
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!
    if (source[j] === ch) {
      offsets.push(j++)
      continue
    }
    if (source[j] === '\\' && source[j + 1] === ch) {
      literal.add(j + 1)
      offsets.push(j + 1)
      j += 2
      continue
    }
    const ref = /^&(?:#\d+|#[xX][\da-fA-F]+|\w+);/.exec(source.slice(j, j + 40))
    if (source[j] === '&' && ref) {
      offsets.push(-1)
      j += ref[0].length
      continue
    }
    // Container syntax (a blockquote's `>`, indentation) the value leaves out.
    const next = source.indexOf(ch, j)
    if (next >= 0 && next < end && /^[\s>]*$/.test(source.slice(j, next))) {
      j = next
      offsets.push(j++)
    } else offsets.push(-1)
  }
  return { offsets, literal }
}

function substitute(
  text: Text,
  source: string,
  quotes: KramdownOptions['smart_quotes'],
  symbols: SymbolOptions,
): void {
  const start = text.position?.start.offset
  const end = text.position?.end.offset
  if (start === undefined || end === undefined) return
  const { offsets, literal } = alignValue(text.value, source, start, end)
  const mapped = new Set(offsets)
  const escaped = (o: number) => literal.has(o) || !mapped.has(o)
  const replacements = typographyReplacements(source, start, end, quotes, escaped, symbols)
  if (!replacements.length) return
  const chars = text.value.split('')
  let r = 0
  for (let i = 0; i < chars.length; i++) {
    const o = offsets[i]!
    if (o < 0) continue
    while (r < replacements.length && replacements[r]!.end <= o) r++
    const rep = replacements[r]
    if (!rep || o < rep.start) continue
    // The first character of a replaced range carries the symbol, the others disappear.
    chars[i] = rep.used ? '' : rep.value
    rep.used = true
  }
  const value = chars.join('')
  text.value = value
}

/**
 * `<<is>>` is a tag to CommonMark and guillemets to kramdown, whose scanner meets the first `<`
 * first: such a "tag" between a `<` and a `>` goes back to being text.
 */
function untagGuillemets(parent: Parent, source: string): void {
  const children = parent.children as PhrasingContent[]
  for (let i = children.length - 1; i >= 0; i--) {
    const node = children[i] as Html
    if (node.type !== 'html' || !/^<\/?[A-Za-z][\w-]*>$/.test(node.value)) continue
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (
      start === undefined ||
      end === undefined ||
      source[start - 1] !== '<' ||
      source[end] !== '>'
    )
      continue
    children[i] = { type: 'text', value: node.value, position: node.position } as Text
  }
  // Neighbouring texts become one, so the scanner sees `<<is>>` whole.
  for (let i = children.length - 1; i > 0; i--) {
    const a = children[i - 1]!
    const b = children[i]!
    if (a.type !== 'text' || b.type !== 'text' || !a.position || !b.position) continue
    if (a.position.end.offset !== b.position.start.offset) continue
    a.value += b.value
    a.position = { start: a.position.start, end: b.position.end }
    children.splice(i, 1)
  }
}

/**
 * Remark plugin: kramdown's typographic substitutions in prose. The GFM quirk
 * `no_auto_typographic` leaves the symbols (dashes, ellipses, guillemets) as written, and
 * `typographic_symbols` gives them other text.
 */
export default function remarkKramdownTypography(
  options: Pick<KramdownOptions, 'smart_quotes'> &
    Partial<Pick<KramdownOptions, 'gfm_quirks' | 'typographic_symbols'>>,
) {
  const symbols: SymbolOptions = {
    symbols: !options.gfm_quirks?.includes('no_auto_typographic'),
    replacements: options.typographic_symbols,
  }
  return (tree: Root, file: VFile) => {
    const source = String(file.value)
    if (symbols.symbols)
      visit(tree, (node) => {
        if ('children' in node && node.children.some((c) => c.type === 'html'))
          untagGuillemets(node as Parent, source)
      })
    // kramdown's span parser sees one block's text at a time: the rules look no further.
    visit(tree, (block) => {
      if (block.type !== 'paragraph' && block.type !== 'heading' && block.type !== 'tableCell')
        return
      const end = block.position?.end.offset
      if (end === undefined) return 'skip'
      const text = source.slice(0, end)
      visit(block, 'text', (node: Text, _index, parent) => {
        // A bare URL shown as its own link text stays as written.
        if (parent?.type === 'link' && parent.url.replace(/^mailto:/, '').endsWith(node.value))
          return
        substitute(node, text, options.smart_quotes, symbols)
      })
      return 'skip'
    })
  }
}
