import type { Element, ElementContent, Root, RootContent } from 'hast'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { headingPlugins } from './headings'
import { outline, type Outline } from './outline'
import { remarkSyntax } from './plugins'

const JSX_ELEMENTS = ['mdxJsxFlowElement', 'mdxJsxTextElement'] as const
const EXPRESSIONS = ['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'] as const

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  // The same syntax as the renderer: without math, `$\\frac{a}{b}$` would read as JSX expressions.
  .use(remarkSyntax)
  .use(remarkRehype, { passThrough: [...JSX_ELEMENTS, ...EXPRESSIONS] })
  .use(headingPlugins())

type Child = RootContent | ElementContent

/**
 * Components become plain containers of their content, and expressions disappear (they are
 * blocked when rendering too): what remains is the document's text and HTML.
 */
function unwrap(nodes: Child[]): Child[] {
  return nodes.flatMap((node): Child[] => {
    const type = node.type as string
    if ((EXPRESSIONS as readonly string[]).includes(type)) return []
    const children = 'children' in node ? unwrap(node.children as Child[]) : []
    if ((JSX_ELEMENTS as readonly string[]).includes(type)) {
      const tagName = type === 'mdxJsxFlowElement' ? 'div' : 'span'
      return [{ type: 'element', tagName, properties: {}, children } as Element]
    }
    return 'children' in node ? [{ ...node, children } as Child] : [node]
  })
}

/**
 * An MDX document as plain HTML (no components run), with the heading ids the renderer gives
 * it: for the outline and for feed readers, which cannot run the site's components.
 */
export async function mdxToHast(source: string): Promise<Root> {
  const tree = (await processor.run(processor.parse(source))) as Root
  return { ...tree, children: unwrap(tree.children) as RootContent[] }
}

export async function mdxOutline(source: string): Promise<Outline> {
  return outline(await mdxToHast(source))
}
