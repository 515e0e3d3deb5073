import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

/**
 * Rehype plugin: code blocks and tables scroll sideways on narrow screens, so keyboard users must
 * be able to focus them to scroll (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export default function rehypeFocusableScroll() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'pre' || node.tagName === 'table') node.properties.tabIndex ??= 0
    })
  }
}
