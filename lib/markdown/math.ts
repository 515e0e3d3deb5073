import type { Root } from 'hast'
import type { InlineMath } from 'mdast-util-math'
import type { Root as MdastRoot } from 'mdast'
import rehypeKatex from 'rehype-katex'
import { visit } from './visit'
import type { VFile } from 'vfile'

/**
 * Rehype plugin: `$x$` and `$$…$$` (from remark-math) become KaTeX HTML at build time, with
 * MathML beside it for screen readers. Invalid TeX never stops the build: KaTeX shows it in red
 * and the author gets a warning at the formula's line saying what KaTeX could not parse.
 */
export default function rehypeMath() {
  const katex = rehypeKatex()
  return (tree: Root, file: VFile) => {
    const before = file.messages.length
    katex(tree, file)
    for (const message of file.messages.slice(before)) {
      if (message.source !== 'rehype-katex') continue
      // KaTeX's rawMessage is the reason without the underlined excerpt of the formula.
      const cause = message.cause as { rawMessage?: string; message?: string } | undefined
      message.reason = `invalid math: ${cause?.rawMessage ?? cause?.message ?? 'KaTeX failed'} (expected TeX that KaTeX supports)`
      message.message = message.reason
    }
  }
}

/**
 * Remark plugin: Jekyll prose is full of prices, and remark-math pairs any two `$` signs, so
 * "costs $5 and $10" would become a formula. As in Pandoc, inline math must not start or end
 * with a space and its closing `$` must not be followed by a digit; anything else is put back
 * as the text it was.
 */
export function remarkProseDollars() {
  return (tree: MdastRoot, file: VFile) => {
    const source = String(file.value)
    visit(tree, 'inlineMath', (node: InlineMath, index, parent) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (!parent || index === undefined || start === undefined || end === undefined) return
      const raw = source.slice(start, end)
      // The source, not node.value: remark-math strips one space of padding, as in code spans.
      const inner = raw.slice(1, -1)
      const isMath =
        !raw.startsWith('$$') &&
        /^\S/.test(inner) &&
        /\S$/.test(inner) &&
        !/^\d/.test(source.slice(end))
      if (isMath) return
      parent.children[index] = { type: 'text', value: raw, position: node.position }
    })
  }
}
