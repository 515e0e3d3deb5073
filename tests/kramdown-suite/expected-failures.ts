/**
 * The cases of kramdown's suites that the site does not render as kramdown's expected file, each
 * with why (see kramdown-suite.test.ts). Kinds:
 * - GFM: Jekyll's default GFM input renders the case differently from kramdown's own parser, and
 *   the site renders it exactly as Jekyll does (checked by rendering every case with Debian's
 *   kramdown 2.4 and kramdown-parser-gfm 1.1 with Jekyll 4's options and the case's, and
 *   comparing with the same normalisation);
 * - QUIRK: a kramdown option or quirk no Jekyll site in the corpus relies on (Jekyll renders the
 *   case as the expected file when the option is set; the site does not support the option);
 * - NOT_DONE: the site does not yet render it as Jekyll does: work left, named by its feature
 *   folder below, or by its own reason where Jekyll's GFM input renders the case differently from
 *   the expected file too (the site matches neither).
 * A case that starts passing must be taken off this list (the test fails until it is).
 */
export type Kind = 'GFM' | 'QUIRK' | 'NOT_DONE'

/** What is not done yet, by feature folder. */
export const NOT_DONE: Record<string, string> = {}

/** Each case left, with its kind and, unless it is NOT_DONE, its own reason. */
export const EXPECTED_FAILURES: Record<string, [Kind, string?]> = {
  'kramdown/block/04_header/atx_header': [
    'GFM',
    "GFM input lets a heading line end the paragraph above it (`### not a header` under a quote's line is a heading inside the quote), wants a space after the opening `#`s (`##Header`, `#header#` are text) and keeps a `#` that ends a word (`# header#`): Jekyll renders the case as the site does",
  ],
  'kramdown/block/04_header/with_auto_id_prefix': [
    'GFM',
    "GFM input makes GitHub-style ids (`hallo-header`): Jekyll renders the case as the site does, not as the kramdown parser's `hallo_header`",
  ],
  'kramdown/block/04_header/with_auto_ids': [
    'GFM',
    'GFM input makes GitHub-style ids (`12-another-one-1-here`, `23232`, `đây-là-ví-dụ` kept as written): Jekyll renders the case as the site does',
  ],
  'kramdown/block/04_header/with_header_links': [
    'GFM',
    'the header_links option: Jekyll (GFM input) puts no link inside the heading, and neither does the site',
  ],
  'kramdown/block/06_codeblock/rouge/multiple': [
    'NOT_DONE',
    "Jekyll (GFM input) does not render it as the expected file either, and the site does not yet render it as Jekyll does: Rouge's own options (line numbers, formatter, default language)",
  ],
  'kramdown/block/08_list/escaping': [
    'NOT_DONE',
    'Jekyll (GFM input) does not render it as the expected file either (a numbered item of any number ends a paragraph), and the site does not yet render it as Jekyll does: with GFM input an item numbered other than 1 ends a paragraph too (CommonMark: only `1.`), and a line under an item, not indented to its content, that starts a list of the other kind (`- x` under `1. y`, `* x` under `1. y`) is a lazy line of the item in kramdown, and so a list nested in it (CommonMark ends the list there)',
  ],
  'kramdown/block/08_list/lazy_and_nested': [
    'NOT_DONE',
    'Jekyll (GFM input) does not render it as the expected file either, and the site does not yet render it as Jekyll does: a line under an item, not indented to its content, that starts a list of the other kind (`- x` under `1. y`, `* x` under `1. y`) is a lazy line of the item in kramdown, and so a list nested in it (CommonMark ends the list there)',
  ],
  'kramdown/block/08_list/list_and_others': [
    'GFM',
    'GFM input ends a paragraph at a list marker, a quote or a rule line: Jekyll renders the case as the site does',
  ],
  'kramdown/block/08_list/special_cases': [
    'NOT_DONE',
    'Jekyll (GFM input) does not render it as the expected file either, and the site does not yet render it as Jekyll does: a line under an item, not indented to its content, that starts a list of the other kind (`- x` under `1. y`, `* x` under `1. y`) is a lazy line of the item in kramdown, and so a list nested in it (CommonMark ends the list there)',
  ],
  'kramdown/block/09_html/cdata_section': [
    'NOT_DONE',
    "Jekyll (GFM input) does not render it as the expected file either, and the site does not yet render it as Jekyll does: kramdown's HTML block rules for tags sharing a line with content, XML and invalid HTML",
  ],
  'kramdown/span/02_emphasis/normal': [
    'NOT_DONE',
    "Jekyll (GFM input) does not render it as the expected file either, and the site does not yet render it as Jekyll does: kramdown 2.4 pairs the underscores of a link's text with those in its URL and in the next link (so `[…blah___%28](…)` is no link there), where the site reads each link first, as the expected file does; and in the link text `blah______%28` kramdown 2.4 and the site both make `blah__<em>__</em>%28`, which the expected file (a later kramdown) keeps as text",
  ],
  'kramdown/span/abbreviations/abbrev': [
    'GFM',
    "Jekyll's kramdown 2.4 finds a two-word abbreviation only with the space of its definition: it leaves `foo bar` with a no-break space or a line break between the words as text, and so does the site",
  ],
  'kramdown/span/math/normal': [
    'GFM',
    'a line `+ 1$$` inside a formula starts a list with GFM input (kramdown-parser-gfm lets a list interrupt a paragraph): Jekyll renders it so, as the site does',
  ],
  'parser-gfm/emoji': [
    'GFM',
    'gfm_emojis (needs the gemoji gem, not a Jekyll default): Jekyll renders `:smile:` as text, and so does the site',
  ],
  'parser-gfm/emoji_custom': ['GFM', 'gfm_emojis, as emoji'],
  'parser-gfm/hard_line_breaks': [
    'GFM',
    "hard_wrap: the GFM parser's own default is true; Jekyll passes hard_wrap: false, and the site renders as Jekyll does (hard_wrap: true in site.yaml gives the case's output)",
  ],
  'parser-gfm/header_ids_with_transliteration': [
    'GFM',
    "transliterated ids need the stringex gem, which Jekyll does not install: Jekyll makes header_ids' ids here, and so does the site",
  ],
  'parser-gfm/paragraph_end': [
    'GFM',
    'Jekyll 4.3 (kramdown-parser-gfm 1.1) renders the case as the site does, not as its expected file',
  ],
  'parser-gfm/paragraph_end-disabled': [
    'NOT_DONE',
    'Jekyll (GFM input) does not render it as the expected file either, and the site does not yet render it as Jekyll does: GFM parser specifics (strikethrough edge cases, transliterated ids, the paragraph_end quirk switched off)',
  ],
  'parser-gfm/strikethrough': [
    'NOT_DONE',
    'Jekyll (GFM input) does not render it as the expected file either, and the site does not yet render it as Jekyll does: GFM parser specifics (strikethrough edge cases, transliterated ids, the paragraph_end quirk switched off)',
  ],
  'parser-gfm/two_para_hard_line_breaks': [
    'GFM',
    "hard_wrap: as hard_line_breaks (Jekyll's default is false)",
  ],
}
