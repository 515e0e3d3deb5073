import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'
import { visit } from './visit'

const HEADING = /^h([1-6])$/

/**
 * Rehype plugin: headings never skip a level. The page's title is its `<h1>`, so the body's top
 * headings are `<h2>`; a `### Notes` that follows the title directly, or an `<h4>` under an
 * `<h2>`, is shown one level below the heading it belongs to, and each such heading is reported at
 * its line (screen readers navigate by level, and a skipped level reads as a missing section).
 * Headings that nest properly are left as they are; a body `<h1>` is left too and starts again.
 * Ids, and the table of contents (made before this step), keep the levels the author wrote.
 */
export default function rehypeHeadingOrder() {
  return (tree: Root, file: VFile) => {
    // The author's levels of the headings the current one sits under.
    const open: number[] = []
    visit(tree, 'element', (node: Element) => {
      const match = HEADING.exec(node.tagName)
      if (!match) return
      const level = Number(match[1])
      if (level === 1) {
        open.length = 0
        return
      }
      while (open.length && open.at(-1)! >= level) open.pop()
      open.push(level)
      const shown = open.length + 1
      if (shown === level) return
      node.tagName = `h${shown}`
      // The level written, for whoever compares with a renderer that keeps it (the kramdown suite).
      node.data = { ...node.data, writtenLevel: level } as Element['data']
      const after = open.length > 1 ? `a level-${open.at(-2)} heading` : 'the page title'
      file.message(
        `a level-${level} heading follows ${after}, skipping a level: it is shown as level ${shown} (expected each heading at most one level below the one before)`,
        node,
      )
    })
  }
}
