import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import type { PluggableList } from 'unified'
import remarkCheckLinks from './check-links'
import remarkCitations from './citations'
import rehypeCode from './code'
import { rehypeCodeSpanHighlight } from './code-spans'
import { rehypeContentSafety } from './content-safety'
import rehypeEmptyHeaders from './empty-headers'
import rehypeExternalLinks from './external-links'
import rehypeHeadingOrder from './heading-order'
import { headingPlugins } from './headings'
import type { KramdownOptions } from './kramdown-options'
import rehypeImages, { remarkFigures } from './images'
import rehypeLinkPurpose from './link-purpose'
import rehypeMath, { remarkProseDollars } from './math'
import rehypeFocusableScroll from './scrollable'
import rehypeScriptsWhenSeen from './scripts-when-seen'
import rehypeSiteUrls from './site-urls'
import rehypeTaskListLabels from './task-lists'
import rehypeKramdownToc from './toc'

/**
 * The plugins `.md` and `.mdx` share, in one place so the two formats cannot drift apart. Each
 * pipeline adds its own steps between these lists (kramdown attributes for `.md`, the component
 * check for `.mdx`).
 */

/** Syntax on top of CommonMark: GFM (tables, footnotes, task lists) and `$` math. */
export const remarkSyntax: PluggableList = [remarkGfm, remarkMath, remarkProseDollars]

/**
 * Markdown-tree checks and rewrites, after the format's own steps. Citations come first so the
 * links they make (to a DOI, from a .bib file) are checked like the author's own.
 */
export const remarkTransforms: PluggableList = [remarkCitations, remarkFigures, remarkCheckLinks]

/**
 * HTML-tree steps. Scripts are made inert only once they passed the safety check, and before
 * site URLs, which give the loader's URL the base path too. Math runs before highlighting (remark-math's display blocks look like code
 * fences to a highlighter), images before site URLs (sizes are read from the unprefixed path),
 * and the focusable-scroll pass last so it sees the final code blocks and formulas.
 */
export function rehypeTransforms(
  basePath: string,
  kramdown?: Pick<KramdownOptions, 'auto_ids' | 'auto_id_prefix' | 'toc_levels' | 'header_offset'>,
): PluggableList {
  return [
    rehypeContentSafety,
    rehypeScriptsWhenSeen,
    rehypeMath,
    rehypeCode,
    rehypeCodeSpanHighlight,
    rehypeTaskListLabels,
    [rehypeImages, { basePath }],
    [rehypeSiteUrls, { basePath }],
    rehypeExternalLinks,
    [rehypeLinkPurpose, { basePath }],
    ...headingPlugins(kramdown, kramdown ? [[rehypeKramdownToc, kramdown]] : []),
    rehypeHeadingOrder,
    rehypeFocusableScroll,
    rehypeEmptyHeaders,
  ]
}
