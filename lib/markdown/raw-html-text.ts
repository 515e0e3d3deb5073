/**
 * A raw HTML block as kramdown writes it out: its HTML parser reads the block's tags one by one,
 * and what is not a tag it can pair is text.
 * - A `<` that opens no tag, comment or declaration (`<http://example.com>`, `a<b`) is text.
 * - An end tag closes only the element open last (by name: any case for an HTML element,
 *   exactly for another, `<SoMe>` is not closed by `</some>`); any other end tag is text.
 * - Elements still open at the block's end are closed there.
 * The content of `script` and `style` is left as written (content-safety.ts judges scripts).
 */

// HTML's element names: an end tag pairs with its start tag in any case (other names exactly).
const HTML_ELEMENTS = new Set(
  (
    'a abbr acronym address applet area article aside audio b base basefont bdi bdo big blockquote ' +
    'body br button canvas caption center cite code col colgroup data datalist dd del details dfn ' +
    'dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 ' +
    'h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main ' +
    'map mark math menu meta meter nav noscript object ol optgroup option output p param picture ' +
    'pre progress q rb rp rt rtc ruby s samp script section select small source span strike strong ' +
    'style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track ' +
    'tt u ul var video wbr'
  ).split(' '),
)
export const VOID = new Set(
  'area base br col embed hr img input keygen link meta param source track wbr'.split(' '),
)
const RAW_TEXT = new Set(['script', 'style'])

const NAME = String.raw`[A-Za-z][\w:.-]*`
const ATTRIBUTE = String.raw`\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\`]+))?`
const TOKEN = new RegExp(
  [
    String.raw`<!--[\s\S]*?-->`,
    String.raw`<!\[CDATA\[[\s\S]*?\]\]>`,
    String.raw`<![A-Za-z][^>]*>`,
    String.raw`<\?[\s\S]*?\?>`,
    String.raw`<(${NAME})((?:${ATTRIBUTE})*)\s*(\/?)>`,
    String.raw`<\/(${NAME})\s*>`,
    '<',
  ].join('|'),
  'g',
)

/** The name an end tag must have to close an element (HTML names in any case). */
export const elementKey = (name: string) =>
  HTML_ELEMENTS.has(name.toLowerCase()) ? name.toLowerCase() : name

export function kramdownRawHtml(html: string): string {
  const open: string[] = []
  let out = ''
  let from = 0
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const [token, start, , selfClosing, end] = m
    out += html.slice(from, m.index)
    from = m.index + token.length
    if (token === '<') out += '&lt;'
    else if (start) {
      out += token
      const name = elementKey(start)
      if (RAW_TEXT.has(name)) {
        // Its content as written, to its end tag.
        const close = new RegExp(`</${name}\\s*>`, 'gi')
        close.lastIndex = from
        const c = close.exec(html)
        const to = c ? c.index + c[0].length : html.length
        out += html.slice(from, to)
        from = to
        TOKEN.lastIndex = to
      } else if (!selfClosing && !VOID.has(name)) open.push(name)
    } else if (end) {
      if (open.at(-1) === elementKey(end)) {
        open.pop()
        out += token
      } else out += `&lt;${token.slice(1)}`
    } else out += token
  }
  out += html.slice(from)
  for (const name of open.reverse()) out += `</${name}>`
  return out
}
