/**
 * Markdown inside raw HTML, as kramdown reads it: an element with `markdown="1"` (or `"block"`,
 * `"span"`), or any block element when parse_block_html is on, has its content parsed, even where
 * its tags share lines with that content (`<td markdown="span">Some *data*</td>`, `<div>bar
 * </div>`). The element's tags stay raw HTML; its content is a "hole" in the raw text that
 * blocks.ts fills with Markdown.
 */

// kramdown's content models: what `markdown="1"` parses an element's content as.
export const SPAN_MODEL = new Set(
  'a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt'.split(
    ' ',
  ),
)
// Elements whose content is text to kramdown, tags included.
export const TEXT_ONLY = new Set(
  'script style math option textarea pre code kbd samp var'.split(' '),
)
// Elements whose content is block Markdown when parsed. Every other element's content is raw to
// kramdown, even with `markdown="1"`: a table, its rows, lists (their children cannot be written
// in kramdown's syntax); only an element inside it with a markdown attribute of its own is parsed.
export const BLOCK_MODEL = new Set(
  'address applet article aside blockquote body dd details div dl fieldset figure figcaption footer form header hgroup iframe li main map menu nav noscript object section summary td'.split(
    ' ',
  ),
)
export const BLOCK_TAGS = new Set(
  'address applet article aside blockquote body center dd details div dl fieldset figcaption figure footer form header hgroup iframe li main map menu nav noscript object section summary td th table ul ol p h1 h2 h3 h4 h5 h6 pre dt tr tbody thead tfoot video audio canvas'.split(
    ' ',
  ),
)

// The elements kramdown reads as span HTML when they start a block (a paragraph's text).
export const SPAN_ELEMENTS = new Set(
  'a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var'.split(
    ' ',
  ),
)

export const MARKDOWN_ATTR = /\s+markdown\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i

export interface Hole {
  /** The content's range in the raw text. */
  from: number
  to: number
  span: boolean
  /** The element: its name, attributes, and where its open tag starts and its end tag ends. */
  tag: string
  attrs: string
  open: number
  close: number
}

const OPEN =
  /<([A-Za-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g

/** The model an element's content is parsed as, or undefined when it stays raw. */
export function contentModel(
  tag: string,
  attrs: string,
  parseAll: boolean,
): 'span' | 'block' | undefined {
  const markdown = MARKDOWN_ATTR.exec(attrs)?.[1]?.replace(/^["']|["']$/g, '')
  if (markdown === '0' || TEXT_ONLY.has(tag)) return undefined
  if (markdown === 'block' || markdown === 'span') return markdown
  if (!markdown && !parseAll) return undefined
  return BLOCK_MODEL.has(tag) ? 'block' : SPAN_MODEL.has(tag) ? 'span' : undefined
}

/** Where `tag`'s end tag matching an open tag ending at `from` starts and ends, if it does. */
function endTag(html: string, tag: string, from: number): { start: number; end: number } | null {
  const re = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi')
  re.lastIndex = from
  let depth = 1
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[0].endsWith('/>')) continue
    depth += m[1] ? -1 : 1
    if (depth === 0) return { start: m.index, end: m.index + m[0].length }
  }
  return null
}

/** The holes of a raw HTML block: the outermost elements whose content is Markdown. */
export function findHoles(html: string, parseAll: boolean): Hole[] {
  const holes: Hole[] = []
  OPEN.lastIndex = 0
  for (let m = OPEN.exec(html); m; m = OPEN.exec(html)) {
    const tag = m[1]!.toLowerCase()
    if (m[3]) continue
    const after = m.index + m[0].length
    const end = endTag(html, tag, after)
    if (!end) continue
    if (TEXT_ONLY.has(tag)) {
      OPEN.lastIndex = end.end
      continue
    }
    const model = contentModel(tag, m[2] ?? '', parseAll)
    if (!model) continue
    holes.push({
      from: after,
      to: end.start,
      span: model === 'span',
      tag,
      attrs: m[2] ?? '',
      open: m.index,
      close: end.end,
    })
    OPEN.lastIndex = end.end
  }
  return holes
}
