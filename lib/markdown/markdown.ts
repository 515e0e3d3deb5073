import type { Element, Root } from 'hast'
import rehypeRaw from 'rehype-raw'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from './visit'
import type { VFile } from 'vfile'
import remarkKramdownAttributes from './kramdown'
import { JEKYLL_KRAMDOWN_DEFAULTS, type KramdownOptions } from './kramdown-options'
import remarkKramdownFootnotes from './footnotes'
import remarkKramdownTypography from './typography'
import { rehypeTransforms, remarkSyntax, remarkTransforms } from './plugins'

/**
 * Rehype plugin: rehype-raw re-parses the tree and drops `data`, where remark-rehype keeps a
 * fence's meta (`title="…" {2}`); as the `metastring` property the highlighter still finds it.
 */
function rehypeKeepFenceMeta() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const meta = node.tagName === 'code' ? node.data?.meta : undefined
      if (meta) node.properties.metastring = meta
    })
  }
}

/**
 * The `.md` pipeline: CommonMark + GFM + math, raw HTML kept (Jekyll pages are full of it), kramdown
 * attribute lists, link checks and base-path-aware URLs. Liquid has already been expanded.
 * Returns a HTML syntax tree; problems are left as messages on `file`.
 */
export async function markdownToHast(
  file: VFile,
  basePath: string,
  kramdown: Partial<KramdownOptions> = {},
): Promise<Root> {
  const options: KramdownOptions = { ...JEKYLL_KRAMDOWN_DEFAULTS, ...kramdown }
  const processor = unified()
    .use(remarkParse)
    .use(remarkSyntax)
    .use(remarkKramdownAttributes)
    .use(remarkKramdownTypography, options)
    .use(remarkKramdownFootnotes, options)
    .use(remarkTransforms)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeKeepFenceMeta)
    .use(rehypeRaw)
    .use(rehypeTransforms(basePath, options))
  return (await processor.run(processor.parse(file), file)) as Root
}
