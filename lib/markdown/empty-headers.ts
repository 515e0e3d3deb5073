import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { visit } from './visit'

/** Whether a cell has nothing to name its column or row by: no text, no image, no label. */
function isEmpty(cell: Element): boolean {
  if (toString(cell).replace(/[\s\u00a0]/g, '')) return false
  let named = false
  visit(cell, 'element', (node: Element) => {
    const p = node.properties
    if (p.alt || p.ariaLabel || p.title || node.tagName === 'svg' || node.tagName === 'input')
      named = true
  })
  return !named
}

/**
 * Rehype plugin: a header cell with nothing in it (the corner of a table whose first column
 * names the rows, `<th>&nbsp;</th>` or `| | a |`) heads nothing, and a screen reader announces it
 * as an empty header for every cell of its column (axe's empty-table-header). It is given the
 * role of a data cell. It stays a `<th>`: an imported post's own script may look its table's
 * header cells up (jalammar's nn_calc.js reads every `th`), and the table looks the same.
 */
export default function rehypeEmptyHeaders() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'th' && !node.properties.role && isEmpty(node))
        node.properties.role = 'cell'
    })
  }
}
