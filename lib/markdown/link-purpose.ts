import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { screenReaderNote } from './external-links'
import { SKIP, visit } from './visit'

/**
 * Link text that says nothing about where the link goes ("here", "read more"): out of its
 * sentence (a screen reader's list of links, a search engine) it means nothing. Lighthouse's SEO
 * audit "Links have descriptive text" fails a page for any of these.
 */
const GENERIC_LINK_TEXT = new Set([
  'click here',
  'click this',
  'go',
  'here',
  'information',
  'learn more',
  'link',
  'more',
  'more info',
  'more information',
  'read more',
  'right here',
  'see more',
  'start',
  'this',
  'this link',
])

/**
 * What a site link leads to, in words: a file's name (`key.asc`), else the page's last path
 * segment with its dashes as spaces (`/2011/04/27/manually-classifying-cifar10/` is "manually
 * classifying cifar10"), or "home page" for the site's root.
 */
export function linkDestination(href: string, basePath: string): string | undefined {
  let url: URL
  try {
    url = new URL(href, 'http://site.invalid/')
  } catch {
    return undefined
  }
  if (url.host !== 'site.invalid') return undefined
  let pathname = url.pathname
  if (basePath && (pathname === basePath || pathname.startsWith(`${basePath}/`)))
    pathname = pathname.slice(basePath.length)
  const last = pathname.split('/').filter(Boolean).pop()
  if (!last) return 'home page'
  let name: string
  try {
    name = decodeURIComponent(last)
  } catch {
    name = last
  }
  if (/\.[a-z0-9]+$/i.test(name) && !/\.html?$/i.test(name)) return name
  return (
    name
      .replace(/\.html?$/i, '')
      .replace(/[-_]+/g, ' ')
      .trim() || undefined
  )
}

/**
 * Rehype plugin: a link to a page or file of this site whose whole text is generic ("here")
 * gets its destination as a visually hidden note, as links to other sites get " (external
 * link)": a screen reader reads "here (bdamos_pgp.asc)". Excerpts, feeds and the search index
 * leave such notes out, and the page looks the same.
 */
export default function rehypeLinkPurpose(options: { basePath: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href
      if (node.tagName !== 'a' || typeof href !== 'string') return
      // Same-page anchors, and any URL with a scheme (other sites, mail): only site links.
      if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return
      const text = toString(node).replace(/\s+/g, ' ').trim().toLowerCase()
      if (!GENERIC_LINK_TEXT.has(text)) return
      const destination = linkDestination(href, options.basePath)
      if (!destination) return
      node.children.push(screenReaderNote(` (${destination})`))
      return SKIP
    })
  }
}
