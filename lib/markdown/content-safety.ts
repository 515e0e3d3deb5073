import type { Element, Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { scriptUrlProblem, urlsOf } from '@/lib/url-safety'
import { visit } from './visit'

/**
 * What content may carry, checked where it is written (the trust model in the README, "What content
 * can do"): no script or data URL in any URL-bearing attribute, `<script>` only in a document
 * allowed to run scripts (`scripts: true` in its front matter, and `content.scripts` in site.yaml),
 * and then only from this site. Event handler attributes are reported: the page's policy never
 * lets them run.
 */

declare module 'vfile' {
  interface DataMap {
    /** Whether this document may carry `<script>` elements (lib/content decides). */
    scripts: boolean
  }
}

/** A hast property name as the HTML attribute it stands for (`formAction` → `formaction`). */
function attributeName(property: string): string {
  if (property === 'httpEquiv') return 'http-equiv'
  const lower = property.toLowerCase()
  if (lower.startsWith('xlink')) return `xlink:${lower.slice(5)}`
  if (lower.startsWith('xml') && lower !== 'xmlns') return `xml:${lower.slice(3)}`
  return lower
}

function attributeValue(value: unknown, name: string): string | undefined {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.join(name === 'srcset' ? ', ' : ' ')
  return undefined
}

const SCRIPT_ELSEWHERE =
  'loads a script from another host, which never runs (the policy allows only scripts from this site; copy it into public/)'
const SCRIPTS_OFF =
  'scripts are off for this document (expected no <script>; to allow one, set content.scripts in site.yaml and scripts: true in the front matter, see "What content can do" in the README)'

/** The script rule for one `<script>`: undefined when it may stay. */
function scriptProblem(src: string | undefined, allowed: boolean): string | undefined {
  if (!allowed) return `<script> ${SCRIPTS_OFF}`
  if (src && /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src.trim()))
    return `<script src="${src}"> ${SCRIPT_ELSEWHERE}`
  return undefined
}

/** Whether a fatal message is already recorded at this place (a Markdown link check-links.ts refused). */
function reportedAt(file: VFile, node: Element): boolean {
  const start = node.position?.start
  return file.messages.some((m) => m.fatal && m.line === start?.line && m.column === start?.column)
}

/** Rehype plugin for the HTML tree of `.md` (Markdown and its raw HTML). */
export function rehypeContentSafety() {
  return (tree: HastRoot, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      const attrs: [string, string][] = []
      for (const [key, value] of Object.entries(node.properties)) {
        const name = attributeName(key)
        const text = attributeValue(value, name)
        if (text !== undefined) attrs.push([name, text])
        if (/^on[a-z]/.test(name))
          file.message(
            `<${node.tagName} ${name}> never runs: the page's policy blocks inline event handlers (expected a script file, if scripts are allowed)`,
            node,
          )
      }
      for (const { attribute, url } of urlsOf(node.tagName, attrs)) {
        const problem = scriptUrlProblem(`<${node.tagName} ${attribute}>`, url, {
          allowDataImage: attribute === 'src' || attribute === 'srcset',
        })
        if (problem && !reportedAt(file, node)) file.message(problem, node).fatal = true
      }
      if (node.tagName === 'script') {
        const src = typeof node.properties.src === 'string' ? node.properties.src : undefined
        const problem = scriptProblem(src, file.data.scripts === true)
        if (problem) file.message(problem, node).fatal = true
      }
    })
  }
}

/**
 * Remark plugin for MDX elements (`<a href="...">`, `<Callout>`), whose attributes stay JSX, out
 * of reach of the HTML-tree check. A `style` string is refused too: React renders only a style
 * object, and MDX expressions (which could write one) are blocked.
 */
export function remarkMdxSafety() {
  return (tree: MdastRoot, file: VFile) => {
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const el = node as MdxJsxFlowElement | MdxJsxTextElement
      const name = el.name ?? ''
      const attrs: [string, string][] = []
      for (const a of el.attributes)
        if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string')
          attrs.push([a.name, a.value])
      for (const [attribute] of attrs) {
        if (attribute === 'style')
          file.message(
            `<${name} style="..."> cannot be rendered: in MDX a style must be an object, and expressions are blocked (expected a className, or the element in a .md file)`,
            el,
          ).fatal = true
        else if (/^on[a-z]/i.test(attribute))
          file.message(
            `<${name} ${attribute}> cannot run: in MDX event handlers are JavaScript, which is blocked (expected no event handler attributes)`,
            el,
          ).fatal = true
      }
      for (const { attribute, url } of urlsOf(name, attrs)) {
        const problem = scriptUrlProblem(`<${name} ${attribute}>`, url, {
          allowDataImage: attribute === 'src' || attribute === 'srcset',
        })
        if (problem) file.message(problem, el).fatal = true
      }
      if (name === 'script') {
        const problem = scriptProblem(
          attrs.find(([a]) => a === 'src')?.[1],
          file.data.scripts === true,
        )
        if (problem) file.message(problem, el).fatal = true
      }
    })
  }
}
