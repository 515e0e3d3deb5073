import type { Parent, PhrasingContent, Root, Text } from 'mdast'
import { visit } from './visit'

/**
 * Remark plugin for kramdown's `hard_wrap: true` (the GFM parser's own default, off in Jekyll):
 * every line break inside a paragraph becomes `<br>`.
 */
export default function remarkHardWrap(options: { hard_wrap: boolean }) {
  return (tree: Root) => {
    if (!options.hard_wrap) return
    visit(tree, 'text', (text: Text, index, parent) => {
      if (!parent || index === undefined || !text.value.includes('\n')) return
      const parts: PhrasingContent[] = []
      text.value.split('\n').forEach((line, i) => {
        if (i) parts.push({ type: 'break' })
        if (line) parts.push({ type: 'text', value: line })
      })
      ;(parent as Parent).children.splice(index, 1, ...parts)
      return index + parts.length
    })
  }
}
