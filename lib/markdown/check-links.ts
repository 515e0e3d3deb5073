import type { Link, Root, Image } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'

const DANGEROUS_SCHEME = /^\s*(javascript|vbscript|data):/i

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
        const isImage = a.name === 'src' && /^\s*data:image\//i.test(a.value)
        if (DANGEROUS_SCHEME.test(a.value) && !isImage)
          file.message(
            `<${el.name ?? ''} ${a.name}> uses a script or data URL "${a.value.slice(0, 40)}" (expected an http(s), mailto or site-relative URL)`,
            el,
          ).fatal = true
      }
    })
    visit(tree, ['link', 'image'], (node) => {
      const link = node as Link | Image
      const name = link.type === 'link' ? toString(link) : (link.alt ?? '')
      const url = link.url
      if (DANGEROUS_SCHEME.test(url) && !/^\s*data:image\//i.test(url)) {
        file.message(
          `${link.type} "${name}" uses a script or data URL "${url.slice(0, 40)}" (expected an http(s), mailto or site-relative URL)`,
          link,
        ).fatal = true
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
