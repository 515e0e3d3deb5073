import type { Element, Root } from 'hast'
import { visit } from './visit'

/** Display math: KaTeX's wrapper, which scrolls sideways when a formula is wider than a phone. */
function isDisplayMath(node: Element): boolean {
  return (
    Array.isArray(node.properties.className) && node.properties.className.includes('katex-display')
  )
}

/**
 * Rehype plugin: code blocks, tables and display math scroll sideways on narrow screens, so
 * keyboard users must be able to focus them to scroll (WCAG 2.1.1; axe's
 * scrollable-region-focusable).
 */
export default function rehypeFocusableScroll() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'pre' || node.tagName === 'table' || isDisplayMath(node))
        node.properties.tabIndex ??= 0
    })
  }
}
