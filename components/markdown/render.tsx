import type { Element } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { compileMDX } from 'next-mdx-remote/rsc'
import type { ReactElement } from 'react'
import { visit } from '@/lib/markdown/visit'
import { VFile } from 'vfile'
import { codeBlockComponents } from '@/components/code/CodeBlock'
import { copyControlTree } from '@/components/copy/CopyControl'
import { mdxComponents } from '@/components/mdx'
import { basePath } from '@/lib/base-path'
import rehypeEmoji, { inlineEmoji } from '@/lib/emoji'
import {
  documentData,
  documentHast,
  type Document,
  type MarkdownDocument,
} from '@/lib/content/documents'
import { mdxCompileOptions } from '@/lib/markdown/mdx'

/**
 * A Markdown body as HTML, with a copy control after each code block (the pipeline wraps each
 * highlighted block in `div.code-block` or `figure.code-block`, see lib/markdown/code.ts). It is
 * serialised here rather than rendered element by element through React: a long post is
 * thousands of elements, and React would also copy every one into the flight data that the
 * post-build step then throws away. Feeds use the tree without the controls.
 */
export async function markdownHtml(
  doc: MarkdownDocument,
): Promise<{ html: string; codeBlocks: number }> {
  const tree = await documentHast(doc)
  let codeBlocks = 0
  visit(tree, 'element', (el: Element) => {
    // GFM's column alignment, as a style: HTML's `align` attribute is obsolete (React's renderer
    // makes the same change).
    if ((el.tagName === 'td' || el.tagName === 'th') && typeof el.properties.align === 'string') {
      const style = typeof el.properties.style === 'string' ? `${el.properties.style};` : ''
      el.properties.style = `${style}text-align:${el.properties.align}`
      delete el.properties.align
    }
    if (
      (el.tagName === 'div' || el.tagName === 'figure') &&
      (el.properties.className as string[] | undefined)?.includes('code-block')
    ) {
      el.children.push(copyControlTree('Copy', 'code-tools'))
      codeBlocks++
      return 'skip'
    }
  })
  // On the page only: feeds keep the emoji as text, for readers that draw their own.
  inlineEmoji(tree)
  return { html: toHtml(tree), codeBlocks }
}

/** The MDX options with emoji drawn as pictures, as `markdownHtml` draws them (pages only). */
function withEmoji<T extends { rehypePlugins?: unknown[] | null }>(options: T): T {
  return { ...options, rehypePlugins: [...(options.rehypePlugins ?? []), rehypeEmoji] }
}

/** An MDX body as React elements (at build time: these are server components). */
export async function renderMdx(doc: Extract<Document, { format: 'mdx' }>): Promise<ReactElement> {
  // blockJS and blockDangerousJS keep their safe defaults (true): MDX expressions never run.
  // The file's path lets images next to the document be found and measured,
  const { content } = await compileMDX({
    // and its page URL lets relative links resolve against the page.
    source: new VFile({ path: doc.file, value: doc.source, data: documentData(doc) }),
    components: { ...codeBlockComponents, ...mdxComponents },
    options: { mdxOptions: withEmoji(mdxCompileOptions(basePath)) },
  })
  return content
}
