import type { Root } from 'hast'
import rehypeRaw from 'rehype-raw'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import remarkCheckLinks from './check-links'
import remarkKramdownAttributes from './kramdown'
import { headingPlugins } from './headings'
import rehypeFocusableScroll from './scrollable'
import rehypeSiteUrls from './site-urls'

/**
 * The `.md` pipeline: CommonMark + GFM, raw HTML kept (Jekyll pages are full of it), kramdown
 * attribute lists, link checks and base-path-aware URLs. Liquid has already been expanded.
 * Returns a HTML syntax tree; problems are left as messages on `file`.
 */
export async function markdownToHast(file: VFile, basePath: string): Promise<Root> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkKramdownAttributes)
    .use(remarkCheckLinks)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSiteUrls, { basePath })
    .use(rehypeFocusableScroll)
    .use(headingPlugins)
  return (await processor.run(processor.parse(file), file)) as Root
}
