import { compile } from '@mdx-js/mdx'
import type { Root } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { visit } from './visit'
import './micromark-edits'
import type { VFile } from 'vfile'
import { remarkMdxSafety } from './content-safety'
import { rehypeTransforms, remarkSyntax, remarkTransforms } from './plugins'

/**
 * The components MDX content may use by name (components/mdx implements each; the type makes
 * both lists agree). Anything else is reported at build time.
 */
export const MDX_COMPONENT_NAMES = ['Callout', 'Tabs', 'Tab'] as const
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number]
const mdxComponentNames: readonly string[] = MDX_COMPONENT_NAMES

/** Remark plugin: a capitalised (or dotted) JSX name must be one of the site's MDX components. */
function remarkKnownComponents() {
  return (tree: Root, file: VFile) => {
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const name = (node as MdxJsxFlowElement | MdxJsxTextElement).name
      if (name && /^[A-Z]|\./.test(name) && !mdxComponentNames.includes(name)) {
        file.message(
          `unknown MDX component <${name}> (expected one of: ${mdxComponentNames.join(', ')})`,
          node,
        ).fatal = true
      }
    })
  }
}

/**
 * Remark plugin: `<Tabs>` holds only `<Tab label="…">` elements (anything else between them
 * would not be shown), and at least one of them.
 */
type FlowChild = MdxJsxFlowElement['children'][number]

function remarkTabsShape() {
  const isTab = (node: FlowChild): node is MdxJsxFlowElement =>
    node.type === 'mdxJsxFlowElement' && node.name === 'Tab'
  const hasLabel = (tab: MdxJsxFlowElement) =>
    tab.attributes.some(
      (a) => a.type === 'mdxJsxAttribute' && a.name === 'label' && typeof a.value === 'string',
    )
  return (tree: Root, file: VFile) => {
    visit(tree, 'mdxJsxFlowElement', (node) => {
      if (node.name !== 'Tabs') return
      const stray = node.children.find((c) => !isTab(c))
      const unlabelled = node.children.filter(isTab).find((t) => !hasLabel(t))
      const [problem, at]: [string, FlowChild] | [undefined, undefined] = stray
        ? ['something other than a <Tab> inside <Tabs>', stray]
        : unlabelled
          ? ['a <Tab> without a label', unlabelled]
          : node.children.length
            ? [undefined, undefined]
            : ['<Tabs> without any <Tab>', node]
      if (problem)
        file.message(
          `${problem} (expected <Tabs> to hold only <Tab label="…"> elements)`,
          at,
        ).fatal = true
    })
  }
}

/** Options shared by the build-time check and the renderer, so both see the same MDX. */
export function mdxCompileOptions(basePath: string) {
  return {
    remarkPlugins: [
      ...remarkSyntax,
      remarkKnownComponents,
      remarkTabsShape,
      remarkMdxSafety,
      ...remarkTransforms,
    ],
    rehypePlugins: rehypeTransforms(basePath),
  }
}

/**
 * Compiles MDX once at load time so syntax errors and unknown components are reported (with
 * positions) before Next.js starts rendering. Problems are left as messages on `file`.
 *
 * This is the compiler next-mdx-remote renders with (its `serialize` calls this same `compile`, one
 * copy in node_modules), given the same `mdxCompileOptions`. next-mdx-remote only adds plugins that
 * delete imports, exports and `{expressions}` (they never run on this site), and deleting nodes
 * cannot make a document that compiles here fail on the page. It is called directly to keep the
 * error's own position, which next-mdx-remote folds into a formatted message.
 */
export async function checkMdx(file: VFile, basePath: string): Promise<void> {
  try {
    await compile(file, mdxCompileOptions(basePath))
  } catch (err) {
    const e = err as { line?: number; column?: number; reason?: string; message?: string }
    const reason = e.reason ?? e.message ?? String(err)
    // Some MDX errors carry their position only in the text, as "(7:1-7:6)".
    const at = [...reason.matchAll(/\((\d+):(\d+)(?:-\d+:\d+)?\)/g)].at(-1)
    const line = e.line ?? (at ? Number(at[1]) : 1)
    const column = e.column ?? (at ? Number(at[2]) : 1)
    const message = file.message(
      `MDX syntax error: ${reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, '')}`,
      { line, column },
    )
    message.fatal = true
  }
}
