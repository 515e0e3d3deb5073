/**
 * The kramdown options that change what a `.md` body renders as, with the values Jekyll 4 passes
 * to kramdown when `_config.yml` does not set them. A site sets them in site.yaml's `kramdown:`
 * block; a page or post may set them again in its front matter (`kramdown:`), or in a
 * `{::options key="value" /}` line of its body, as kramdown allows.
 */
export interface KramdownOptions {
  /** `GFM` (Jekyll's default) or `kramdown`: the plain kramdown parser has no fenced-code quirks. */
  input: 'GFM' | 'kramdown'
  /** Parse Markdown inside block HTML elements without needing `markdown="1"`. */
  parse_block_html: boolean
  /** Parse Markdown inside span HTML elements without needing `markdown="1"`. */
  parse_span_html: boolean
  /** Make HTML elements the ones Markdown makes (`<b>` a `<strong>`, a `<pre>` a code block). */
  html_to_native: boolean
  /** Give headings generated ids. */
  auto_ids: boolean
  /** Put before every generated heading id. */
  auto_id_prefix: string
  /** The number the first footnote gets. */
  footnote_nr: number
  /** Put before footnote ids (`fn:PREFIXname`). */
  footnote_prefix: string
  /** A footnote link's text; `%s` is the number. */
  footnote_link_text: string
  /** A backlink's text; empty for none. */
  footnote_backlink: string
  /** Put the backlink inside the footnote's last block (a heading, a quote's paragraph). */
  footnote_backlink_inline: boolean
  /** The characters (or entity names) for left and right single and double quotes. */
  smart_quotes: [string, string, string, string]
  /** Turn every line break inside a paragraph into `<br>`. */
  hard_wrap: boolean
  /** Drop a line break inside a paragraph between two Chinese or Japanese characters. */
  remove_line_breaks_for_cjk: boolean
  /** `null` leaves math as its TeX source; any engine name renders it with KaTeX at build time. */
  math_engine: string | null
  /** The heading levels a `{:toc}` lists. */
  toc_levels: number[]
  /** Link definitions every document has (`id: [url, title]`); a document's own override them. */
  link_defs: Record<string, [url: string, title?: string]>
  /** Added to each Markdown heading's level (kept within 1 to 6); HTML headings keep theirs. */
  header_offset: number
  /**
   * kramdown's GFM parser's quirks: `no_auto_typographic` leaves `--`, `---`, `...`, `<<` and
   * `>>` as written (smart quotes stay). `paragraph_end` (a block may start right under a
   * paragraph) is the default and the site always applies it.
   */
  gfm_quirks: string[]
  /** Replacements for the typographic symbols, by kramdown's names (`mdash: '---'`). */
  typographic_symbols: Partial<Record<TypographicSymbol, string>>
}

/** kramdown's names for the symbols its typography makes. */
export const TYPOGRAPHIC_SYMBOLS = [
  'hellip',
  'mdash',
  'ndash',
  'laquo',
  'raquo',
  'laquo_space',
  'raquo_space',
] as const
export type TypographicSymbol = (typeof TYPOGRAPHIC_SYMBOLS)[number]

/** The quirks kramdown's GFM parser knows. */
export const GFM_QUIRKS = ['paragraph_end', 'no_auto_typographic'] as const

export const JEKYLL_KRAMDOWN_DEFAULTS: KramdownOptions = {
  input: 'GFM',
  parse_block_html: false,
  parse_span_html: true,
  html_to_native: false,
  auto_ids: true,
  auto_id_prefix: '',
  footnote_nr: 1,
  footnote_prefix: '',
  footnote_link_text: '%s',
  footnote_backlink: '\u21a9',
  footnote_backlink_inline: false,
  smart_quotes: ['lsquo', 'rsquo', 'ldquo', 'rdquo'],
  hard_wrap: false,
  remove_line_breaks_for_cjk: false,
  math_engine: 'mathjax',
  toc_levels: [1, 2, 3, 4, 5, 6],
  link_defs: {},
  header_offset: 0,
  gfm_quirks: ['paragraph_end'],
  typographic_symbols: {},
}

const ENTITY_CHARS: Record<string, string> = {
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  bdquo: '„',
  lsaquo: '‹',
  rsaquo: '›',
  laquo: '«',
  raquo: '»',
  apos: "'",
  quot: '"',
}

/** A `smart_quotes` entry as the character it stands for (kramdown takes names or numbers). */
export function quoteChar(name: string): string {
  if (/^\d+$/.test(name)) return String.fromCodePoint(Number(name))
  return ENTITY_CHARS[name] ?? name
}

/** `1..6`, `2..3`, `[2, 3]` or `2,3` as the list of levels. */
export function parseTocLevels(value: unknown): number[] | undefined {
  if (Array.isArray(value)) return value.map(Number).filter((n) => n >= 1 && n <= 6)
  const text = String(value)
  const range = /^\s*([1-6])\s*\.\.\s*([1-6])\s*$/.exec(text)
  if (range) {
    const levels: number[] = []
    for (let n = Number(range[1]); n <= Number(range[2]); n++) levels.push(n)
    return levels
  }
  if (/^\s*[1-6](\s*,\s*[1-6])*\s*$/.test(text)) return text.split(',').map(Number)
  return undefined
}

/** `{ id: [url, title] }` (or `{ id: url }`) as link definitions; undefined if it is not one. */
function linkDefs(value: unknown): KramdownOptions['link_defs'] | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const defs: KramdownOptions['link_defs'] = {}
  for (const [id, def] of Object.entries(value as Record<string, unknown>)) {
    const [url, title] = Array.isArray(def) ? def : [def]
    if (typeof url !== 'string' || (title !== undefined && typeof title !== 'string'))
      return undefined
    defs[id] = title === undefined ? [url] : [url, title]
  }
  return defs
}

/**
 * Raw option values (from YAML or a `{::options}` line, keys with or without kramdown's Ruby
 * `:` prefix) merged over `base`. Unknown keys and values of the wrong kind are left out and
 * named in `problems`, so the caller can report them where they were written.
 */
export function mergeKramdownOptions(
  base: KramdownOptions,
  raw: Record<string, unknown>,
): { options: KramdownOptions; problems: string[] } {
  const options: KramdownOptions = { ...base }
  const problems: string[] = []
  const bool = (v: unknown) =>
    v === true || v === 'true' ? true : v === false || v === 'false' ? false : undefined
  for (const [rawKey, value] of Object.entries(raw)) {
    const key = rawKey.replace(/^:/, '')
    switch (key) {
      case 'input': {
        const v = String(value)
        if (/^gfm$/i.test(v)) options.input = 'GFM'
        else if (/^kramdown$/i.test(v)) options.input = 'kramdown'
        else problems.push(`input: "${v}" is not supported (expected GFM or kramdown)`)
        break
      }
      case 'parse_block_html':
      case 'parse_span_html':
      case 'html_to_native':
      case 'auto_ids':
      case 'hard_wrap':
      case 'remove_line_breaks_for_cjk': {
        const v = bool(value)
        if (v === undefined) problems.push(`${key}: expected true or false`)
        else options[key] = v
        break
      }
      case 'auto_id_prefix':
      case 'footnote_prefix':
      case 'footnote_link_text':
      case 'footnote_backlink':
        options[key] = value == null ? '' : String(value)
        break
      case 'footnote_backlink_inline': {
        const v = bool(value)
        if (v === undefined) problems.push(`${key}: expected true or false`)
        else options[key] = v
        break
      }
      case 'header_offset': {
        const n = Number(value)
        if (Number.isInteger(n)) options.header_offset = n
        else problems.push('header_offset: expected a whole number')
        break
      }
      case 'gfm_quirks': {
        const names = (
          Array.isArray(value) ? value.map(String) : value == null ? [] : String(value).split(',')
        )
          .map((s) => s.trim().replace(/^:/, ''))
          .filter(Boolean)
        const unknown = names.filter((n) => !(GFM_QUIRKS as readonly string[]).includes(n))
        if (unknown.length)
          problems.push(
            `gfm_quirks: unknown ${unknown.join(', ')} (expected ${GFM_QUIRKS.join(' or ')})`,
          )
        else options.gfm_quirks = names
        break
      }
      case 'typographic_symbols': {
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
          problems.push('typographic_symbols: expected a map of symbol names to text')
          break
        }
        const symbols: KramdownOptions['typographic_symbols'] = {}
        for (const [rawName, text] of Object.entries(value as Record<string, unknown>)) {
          const name = rawName.replace(/^:/, '')
          if ((TYPOGRAPHIC_SYMBOLS as readonly string[]).includes(name))
            symbols[name as TypographicSymbol] = text == null ? '' : String(text)
          else
            problems.push(
              `typographic_symbols: unknown ${name} (expected ${TYPOGRAPHIC_SYMBOLS.join(', ')})`,
            )
        }
        options.typographic_symbols = symbols
        break
      }
      case 'footnote_nr': {
        const n = Number(value)
        if (Number.isInteger(n) && n >= 0) options.footnote_nr = n
        else problems.push('footnote_nr: expected a whole number')
        break
      }
      case 'smart_quotes': {
        const parts = (Array.isArray(value) ? value.map(String) : String(value).split(',')).map(
          (s) => s.trim(),
        )
        if (parts.length === 4) options.smart_quotes = parts as KramdownOptions['smart_quotes']
        else problems.push('smart_quotes: expected four comma-separated entity names or numbers')
        break
      }
      case 'math_engine':
        options.math_engine =
          value == null || value === 'nil' || value === '' ? null : String(value)
        break
      case 'toc_levels': {
        const levels = parseTocLevels(value)
        if (levels) options.toc_levels = levels
        else problems.push('toc_levels: expected a range such as 1..6 or a list of levels')
        break
      }
      case 'link_defs': {
        const defs = linkDefs(value)
        if (defs) options.link_defs = defs
        else problems.push('link_defs: expected a map of names to [url] or [url, title]')
        break
      }
      default:
        // kramdown has many more options (entity_output, syntax_highlighter, ...) that do not
        // change what this site renders; they are accepted and ignored.
        break
    }
  }
  return { options, problems }
}
