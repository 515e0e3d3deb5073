import type { Element } from 'hast'
import { toString } from 'hast-util-to-string'
import type { Heading, Root } from 'mdast'
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from 'rehype-autolink-headings'
import rehypeSlug from 'rehype-slug'
import type { PluggableList } from 'unified'
import { rehypeHeadingIdsAfter, rehypeHeadingIdsBefore } from './heading-ids'
import type { KramdownOptions } from './kramdown-options'
import { visit } from './visit'

/** A level moved by kramdown's `header_offset`, kept within 1 to 6 as kramdown keeps it. */
export function offsetLevel(level: number, offset: number): number {
  return Math.min(6, Math.max(1, level + offset))
}

/**
 * Remark plugin for `.md`: kramdown's `header_offset` option, added to the level of each heading
 * written in Markdown (`# Title` is an `<h2>` with an offset of 1). A heading written as HTML
 * keeps its level, as in kramdown.
 */
export function remarkHeaderOffset(options: Pick<KramdownOptions, 'header_offset'>) {
  return (tree: Root) => {
    if (!options.header_offset) return
    visit(tree, 'heading', (node: Heading) => {
      node.depth = offsetLevel(node.depth, options.header_offset) as Heading['depth']
    })
  }
}

// A visible "#" after each h2-h4, named for screen readers by the heading it links to.
const autolink: AutolinkOptions = {
  behavior: 'append',
  test: ['h2', 'h3', 'h4'],
  properties: (heading: Element) => ({
    className: ['heading-anchor'],
    ariaLabel: `Link to the section “${toString(heading).trim()}”`,
  }),
  content: { type: 'text', value: '#' },
}

/**
 * Heading ids (GitHub's slugs, as kramdown's GFM parser makes them) and anchor links, the same
 * for Markdown and MDX. kramdown's `auto_ids: false` leaves headings without a generated id (an
 * id an author gave still gets its anchor), and `auto_id_prefix` goes before each generated one.
 */
export function headingPlugins(
  options: { auto_ids: boolean; auto_id_prefix: string } = { auto_ids: true, auto_id_prefix: '' },
  /** Steps that need the ids and not the anchors (a table of contents). */
  withIds: PluggableList = [],
): PluggableList {
  const slug: PluggableList = options.auto_ids
    ? [rehypeHeadingIdsBefore, [rehypeSlug, { prefix: options.auto_id_prefix }]]
    : [rehypeHeadingIdsBefore]
  slug.push(rehypeHeadingIdsAfter)
  return [...slug, ...withIds, [rehypeAutolinkHeadings, autolink]]
}
