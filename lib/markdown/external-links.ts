import type { Element, Root } from 'hast'
import { h } from 'hastscript'
import { searchIgnore } from '@/lib/search'
import { visit } from './visit'

/**
 * Links to other sites are marked the same way in content and in the site's own chrome
 * (components/ExternalLink.tsx): the class `external` (an arrow after the text, see globals.css)
 * and this note, visually hidden, for screen readers.
 */
export const EXTERNAL_LINK_NOTE = ' (external link)'
export const EXTERNAL_LINK_CLASS = 'external'

/** Words for screen readers only, after a link's text; left out of excerpts, feeds and search. */
export function screenReaderNote(text: string): Element {
  return h('span', { className: ['visually-hidden'], ...searchIgnore }, text)
}

export function isExternalUrl(href: string): boolean {
  return /^https?:\/\//i.test(href)
}

/** `rel` for a link: the author's own, plus noopener noreferrer when it opens a new tab. */
export function linkRel(rel: string[], target: unknown): string[] {
  if (target !== '_blank') return rel
  return [...new Set([...rel, 'noopener', 'noreferrer'])]
}

/**
 * Rehype plugin: marks every link to another site (an absolute http(s) address). The author's
 * `target` is kept as written; the site never opens new tabs by itself.
 */
export default function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href
      if (node.tagName !== 'a' || typeof href !== 'string' || !isExternalUrl(href)) return
      const classes = node.properties.className
      const classList = Array.isArray(classes) ? classes.map(String) : []
      node.properties.className = [...new Set([...classList, EXTERNAL_LINK_CLASS])]
      const rel = node.properties.rel
      const relList = linkRel(Array.isArray(rel) ? rel.map(String) : [], node.properties.target)
      if (relList.length) node.properties.rel = relList
      node.children.push(screenReaderNote(EXTERNAL_LINK_NOTE))
    })
  }
}
