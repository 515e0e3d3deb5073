import type { Root } from 'hast'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { headingPlugins } from './headings'
import { outline, type Outline } from './outline'

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  // JSX and expressions are carried through untouched: only the text and headings matter here.
  .use(remarkRehype, {
    passThrough: [
      'mdxJsxFlowElement',
      'mdxJsxTextElement',
      'mdxFlowExpression',
      'mdxTextExpression',
      'mdxjsEsm',
    ],
  })
  .use(headingPlugins)

/** Outline of an MDX document, with the same heading ids the renderer gives it. */
export async function mdxOutline(source: string): Promise<Outline> {
  return outline((await processor.run(processor.parse(source))) as Root)
}
