import type { Link, Root, Image } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { toString } from 'mdast-util-to-string'
import { visit } from './visit'

const DANGEROUS_SCHEME = /^\s*(javascript|vbscript|data):/i
const DATA_IMAGE = /^\s*data:image\//i

/**
 * Why a URL in content is refused, or undefined: script and data URLs would run in (or be shown
 * as a page by) the visitor's browser. `allowDataImage` lets an inline `data:image/...` through
 * where an image is expected. `what` names the element for the message, e.g. `<a href>`.
 */
export function scriptUrlProblem(
  what: string,
  url: string,
  { allowDataImage }: { allowDataImage: boolean },
): string | undefined {
  if (!DANGEROUS_SCHEME.test(url) || (allowDataImage && DATA_IMAGE.test(url))) return undefined
  return `${what} uses a script or data URL "${url.slice(0, 40)}" (expected an http(s), mailto or site-relative URL)`
}

/**
 * Remark plugin that catches link mistakes the Markdown parser silently accepts: a destination
 * that is itself Markdown (`[a]([b](/x))`, a nested link the author meant as one link), and
 * script URLs, which would run in a visitor's browser.
 */
export default function remarkCheckLinks() {
  return (tree: Root, file: VFile) => {
    // MDX elements (`<a href="...">`, `<Callout>`) keep their attributes as JSX, out of reach of
    // the raw-HTML check in site-urls.ts.
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const el = node as MdxJsxFlowElement | MdxJsxTextElement
      for (const a of el.attributes) {
        if (a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string') continue
        const problem = scriptUrlProblem(`<${el.name ?? ''} ${a.name}>`, a.value, {
          allowDataImage: a.name === 'src',
        })
        if (problem) file.message(problem, el).fatal = true
      }
    })
    visit(tree, ['link', 'image'], (node) => {
      const link = node as Link | Image
      const name = link.type === 'link' ? toString(link) : (link.alt ?? '')
      const url = link.url
      const problem = scriptUrlProblem(`${link.type} "${name}"`, url, { allowDataImage: true })
      if (problem) {
        file.message(problem, link).fatal = true
      } else if (/\]\(|^\[/.test(url)) {
        file.message(
          `malformed link "${name}": its destination "${url}" contains Markdown link syntax (expected one URL, e.g. [${name}](/path/))`,
          link,
        )
        // Until the author fixes it, link where the inner link points rather than publish a URL
        // that leads nowhere: `[a]([b](/x))` links to /x.
        const inner = /\]\(([^()\s]*)\)\s*$/.exec(url)?.[1]
        if (inner) link.url = inner
      }
    })
  }
}
