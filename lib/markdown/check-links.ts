import type { Link, Root, Image } from 'mdast'
import type { VFile } from 'vfile'
import { toString } from 'mdast-util-to-string'
import { visit } from './visit'
import { scriptUrlProblem } from '@/lib/url-safety'

/**
 * Remark plugin that catches link mistakes the Markdown parser silently accepts: a destination
 * that is itself Markdown (`[a]([b](/x))`, a nested link the author meant as one link), and
 * script URLs, which would run in a visitor's browser.
 */
export default function remarkCheckLinks() {
  return (tree: Root, file: VFile) => {
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
