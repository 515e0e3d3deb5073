import type { Element, ElementContent, Root, Text } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import { toString } from 'hast-util-to-string'
import { SKIP, visit } from '@/lib/markdown/visit'

/** Elements that run code or load a page of their own. */
const ACTIVE = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet'])

/** Does `node` run code: a script-like element, an event handler or a `javascript:` URL? */
function isActive(node: Element): boolean {
  if (ACTIVE.has(node.tagName)) return true
  return Object.entries(node.properties).some(
    ([key, value]) =>
      /^on[A-Z]/.test(key) || (typeof value === 'string' && /^\s*javascript:/i.test(value)),
  )
}

function hasActive(tree: Root | Element): boolean {
  let found = false
  visit(tree, 'element', (node: Element) => {
    if (isActive(node)) found = true
  })
  return found
}

/**
 * GitHub's rules (hast-util-sanitize's default schema), and stricter: stylesheets are dropped with
 * their text, and images only from `data:` URLs, since a page of this site never loads anything
 * from elsewhere. pandas' `class="dataframe"` tables keep their cells.
 */
const SCHEMA: Schema = {
  ...defaultSchema,
  strip: ['script', 'style'],
  protocols: { ...defaultSchema.protocols, src: ['data'] },
}

/**
 * A `text/html` output as elements safe to put in a page: whatever a notebook's output holds
 * (a plot library's script, an `onerror` handler), nothing of it runs. `removed` says whether
 * anything that would have run was taken out, so the page can say so.
 */
export function sanitizeHtml(html: string): { children: ElementContent[]; removed: boolean } {
  const tree = fromHtml(html, { fragment: true })
  const removed = hasActive(tree)
  const clean = sanitize(tree, SCHEMA) as Root
  // pandas leaves the corner above the index an empty header cell: it heads nothing.
  visit(clean, 'element', (node: Element) => {
    if (node.tagName === 'th' && !toString(node).trim()) node.tagName = 'td'
  })
  // An image of a page elsewhere, or of a file the notebook does not carry, cannot be shown.
  visit(clean, 'element', (node: Element, index, parent) => {
    const src = String(node.properties.src ?? '')
    if (node.tagName !== 'img' || /^data:image\/(png|jpeg|gif|webp);/i.test(src)) return
    parent?.children.splice(index!, 1)
    return [SKIP, index!]
  })
  const children = clean.children.filter(
    (c): c is Element | Text => c.type === 'element' || c.type === 'text',
  )
  return { children, removed }
}

/**
 * An SVG image output with its scripts, event handlers, embedded HTML and links to other files
 * taken out, as a standalone SVG file. `removed` says whether there was any.
 */
export function cleanSvg(svg: string): { svg: string; removed: boolean } {
  const tree = fromHtml(svg, { fragment: true })
  let root: Element | undefined
  let removed = false
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'svg' && !root) root = node
    const outsideLink = ['href', 'xLinkHref'].some((key) => {
      const value = node.properties[key]
      return typeof value === 'string' && !/^(#|data:image\/(png|jpeg|gif|webp);)/i.test(value)
    })
    if (ACTIVE.has(node.tagName) || node.tagName === 'foreignObject' || outsideLink) {
      removed ||= isActive(node) || hasActive(node) || node.tagName === 'foreignObject'
      if (parent && index !== undefined) parent.children.splice(index, 1)
      return [SKIP, index]
    }
    for (const key of Object.keys(node.properties))
      if (/^on[A-Z]/.test(key)) {
        delete node.properties[key]
        removed = true
      }
  })
  if (!root) return { svg: '', removed }
  root.properties.xmlns = 'http://www.w3.org/2000/svg'
  root.properties.xmlnsXLink = 'http://www.w3.org/1999/xlink'
  return { svg: toHtml(root, { space: 'svg' }), removed }
}
