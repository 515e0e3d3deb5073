import type { Properties } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'

// The start tag a raw HTML block opens with (up to three spaces of indent, as a block may have).
const START_TAG =
  /^( {0,3}<)([A-Za-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)(\s*\/?>)/

/**
 * A raw HTML block with attributes an attribute list gave it (`{:.note}` above `<div>`), as
 * kramdown applies them to the element: classes are added to the tag's own, any other attribute
 * replaces the tag's. The tag's attributes are parsed and written again by the HTML libraries,
 * so values are escaped as any attribute is. Returns undefined when the block does not open with
 * an element (a comment, a processing instruction): kramdown then ignores the list.
 */
export function withRawAttributes(
  html: string,
  attrs: { id?: string; className: string[]; other: Record<string, string> },
): string | undefined {
  const m = START_TAG.exec(html)
  if (!m) return undefined
  const [whole, lead, tag, own, close] = m
  // Parsed as a `div`'s attributes: any tag's parse the same, and a `<td>` or `<tr>` on its own
  // would be dropped by the parser outside a table.
  const parsed = fromHtml(`<div${own}></div>`, { fragment: true }).children[0]
  const props: Properties = parsed?.type === 'element' ? { ...parsed.properties } : {}
  if (attrs.className.length) {
    const existing = Array.isArray(props.className) ? props.className.map(String) : []
    props.className = [...existing, ...attrs.className]
  }
  if (attrs.id) props.id = attrs.id
  for (const [key, value] of Object.entries(attrs.other)) props[key] = value
  const tagText = toHtml({ type: 'element', tagName: 'div', properties: props, children: [] })
  const attributes = tagText.slice('<div'.length, -'></div>'.length)
  return `${lead}${tag}${attributes}${close!.trim()}${html.slice(whole!.length)}`
}
