import type { Parent, PhrasingContent, Root, Text } from 'mdast'
import type { Attributes } from './kramdown'
import { visit } from './visit'

/**
 * Remark plugin: kramdown's abbreviations. Each use of a defined abbreviation (`*[CSS]: Cascading
 * Style Sheets`, found by scanBlocks) in prose becomes `<abbr title="…">CSS</abbr>`, with the
 * attributes of the definition's IAL lines, where it is a whole word: not preceded or followed by
 * a letter, digit or underscore. Longer abbreviations win over shorter ones they contain; code and
 * URLs are not prose and are left alone.
 */
export default function remarkKramdownAbbreviations(options: {
  abbreviations: Map<string, string>
  abbreviationAttributes: Map<string, Attributes>
}) {
  return (tree: Root) => {
    if (!options.abbreviations.size) return
    const names = [...options.abbreviations.keys()].sort((a, b) => b.length - a.length)
    const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
    const re = new RegExp(`(?<![A-Za-z0-9_])(?:${escaped})(?![A-Za-z0-9_])`, 'g')
    visit(tree, 'text', (text: Text, index, parent) => {
      if (!parent || index === undefined) return
      const parts: PhrasingContent[] = []
      let last = 0
      for (const m of text.value.matchAll(re)) {
        if (m.index > last) parts.push({ type: 'text', value: text.value.slice(last, m.index) })
        const title = options.abbreviations.get(m[0]) ?? ''
        const attrs = options.abbreviationAttributes.get(m[0])
        const properties: Record<string, unknown> = { ...attrs?.other }
        if (attrs?.id) properties.id = attrs.id
        if (attrs?.className.length) properties.className = attrs.className
        if (title) properties.title = title
        parts.push({
          type: 'kramdownAbbr',
          children: [{ type: 'text', value: m[0] }],
          data: { hName: 'abbr', hProperties: properties },
        } as unknown as PhrasingContent)
        last = m.index + m[0].length
      }
      if (!parts.length) return
      if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) })
      ;(parent as Parent).children.splice(index, 1, ...parts)
      return index + parts.length
    })
  }
}
