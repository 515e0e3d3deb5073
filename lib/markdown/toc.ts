import type { Element, ElementContent, Root } from 'hast'
import { headingRank } from 'hast-util-heading-rank'
import { offsetLevel } from './headings'
import type { KramdownOptions } from './kramdown-options'
import { visit } from './visit'

/**
 * Rehype plugin: a list marked `{:toc}` (see kramdown.ts) becomes kramdown's table of contents,
 * `ul#markdown-toc` (or an `ol` if the list was one), nested by heading level, listing the
 * headings with an id at the `toc_levels` levels, except those with the class `no_toc`. Each
 * entry links to its heading and has an id of its own (`markdown-toc-<heading id>`). Runs once
 * heading ids exist and before the anchor links are added.
 */
export default function rehypeKramdownToc(
  options: Pick<KramdownOptions, 'toc_levels'> & Partial<Pick<KramdownOptions, 'header_offset'>>,
) {
  // kramdown lists a heading by the level written, before `header_offset` moved it.
  const offset = options.header_offset ?? 0
  const listed = new Set(options.toc_levels.map((level) => offsetLevel(level, offset)))
  return (tree: Root) => {
    const lists: Element[] = []
    visit(tree, 'element', (el: Element) => {
      if (el.properties.dataKramdownToc !== undefined) lists.push(el)
    })
    if (!lists.length) return
    const headings: { level: number; id: string; children: ElementContent[] }[] = []
    visit(tree, 'element', (el: Element) => {
      const level = headingRank(el)
      const classes = (el.properties.className as string[] | undefined) ?? []
      if (!level || !listed.has(level) || classes.includes('no_toc')) return
      if (typeof el.properties.id !== 'string') return
      headings.push({
        level,
        id: el.properties.id,
        children: entryContent(structuredClone(el.children)),
      })
    })
    for (const list of lists) {
      if (!headings.length) {
        // Nothing to list (no heading has an id): kramdown leaves nothing either.
        Object.assign(list, { type: 'text', value: '' })
        continue
      }
      const tag = list.tagName
      const root: Element = {
        type: 'element',
        tagName: tag,
        properties: { id: list.properties.id ?? 'markdown-toc' },
        children: [],
      }
      const classes = list.properties.className
      if (classes) root.properties.className = classes
      // kramdown's generate_toc_tree: each entry has a sub-list, dropped if it stays empty.
      const stack: { level: number; item: Element; sub: Element }[] = []
      const close = () => {
        const top = stack.pop()!
        if (!top.sub.children.length) top.item.children.pop()
      }
      for (const h of headings) {
        const sub: Element = { type: 'element', tagName: tag, properties: {}, children: [] }
        const link: Element = {
          type: 'element',
          tagName: 'a',
          properties: { href: `#${h.id}`, id: `${String(root.properties.id)}-${h.id}` },
          children: h.children,
        }
        const item: Element = {
          type: 'element',
          tagName: 'li',
          properties: {},
          children: [link, sub],
        }
        while (stack.length && stack.at(-1)!.level >= h.level) close()
        ;(stack.length ? stack.at(-1)!.sub : root).children.push(item)
        stack.push({ level: h.level, item, sub })
      }
      while (stack.length) close()
      Object.assign(list, root)
    }
  }
}

/** A heading's content as a TOC entry: less its footnote markers, its links unwrapped (kramdown's fix_for_toc_entry). */
function entryContent(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node]
    if (node.tagName === 'sup' && String(node.properties.id ?? '').startsWith('fnref:')) return []
    if (node.tagName === 'a') return entryContent(node.children)
    return [{ ...node, children: entryContent(node.children) }]
  })
}
