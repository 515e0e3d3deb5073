import type { Element } from 'hast'
import { toString } from 'hast-util-to-string'
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from 'rehype-autolink-headings'
import rehypeSlug from 'rehype-slug'
import type { PluggableList } from 'unified'

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

/** Heading ids (GitHub's slugs) and anchor links, the same for Markdown and MDX. */
export const headingPlugins: PluggableList = [rehypeSlug, [rehypeAutolinkHeadings, autolink]]
