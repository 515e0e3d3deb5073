import type { Element, ElementContent, Root } from 'hast'
import { visit } from './visit'

const BLOCKS = new Set(['ul', 'ol', 'p', 'div', 'pre', 'table', 'blockquote'])

const addClass = (el: Element, name: string) => {
  const list = Array.isArray(el.properties.className) ? el.properties.className : []
  el.properties.className = [...list, name]
}

/**
 * Rehype plugin: a GFM task list's checkbox is wrapped in a `<label>` with the item's text, so
 * it has an accessible name ("write more posts, checkbox, not checked"), as axe requires. The
 * list and the checkbox also get the classes kramdown gives them (`task-list`,
 * `task-list-item-checkbox`), which Jekyll themes style.
 */
export default function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (item: Element) => {
      const classes = item.properties.className
      if (Array.isArray(classes) && classes.includes('contains-task-list'))
        addClass(item, 'task-list')
      if (item.tagName !== 'li' || !Array.isArray(classes) || !classes.includes('task-list-item'))
        return
      // In a loose list the checkbox is inside the item's first paragraph.
      const first = item.children.find((c) => c.type === 'element')
      const node = first?.type === 'element' && first.tagName === 'p' ? first : item
      const index = node.children.findIndex(
        (c) => c.type === 'element' && c.tagName === 'input' && c.properties.type === 'checkbox',
      )
      if (index === -1) return
      addClass(node.children[index] as Element, 'task-list-item-checkbox')
      let end = index + 1
      while (end < node.children.length) {
        const next = node.children[end] as ElementContent
        if (next.type === 'element' && BLOCKS.has(next.tagName)) break
        end++
      }
      const label: Element = {
        type: 'element',
        tagName: 'label',
        properties: {},
        children: node.children.slice(index, end),
      }
      node.children.splice(index, end - index, label)
    })
  }
}
