import type { Root } from 'hast'
import type { InlineMath, Math as MdastMath } from 'mdast-util-math'
import type { Paragraph, Parent, Root as MdastRoot } from 'mdast'
import type { Processor } from 'unified'
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
export function remarkProseDollars(options: { kramdown?: boolean } = {}) {
  return (tree: MdastRoot, file: VFile) => {
    const source = String(file.value)
    visit(tree, 'inlineMath', (node: InlineMath, index, parent) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (!parent || index === undefined || start === undefined || end === undefined) return
      const raw = source.slice(start, end)
      // The source, not node.value: remark-math strips one space of padding, as in code spans.
      const inner = raw.slice(1, -1)
      // kramdown's `$$…$$` is math wherever it is (in MDX it stays text).
      if (options.kramdown && raw.startsWith('$$') && raw.endsWith('$$')) return
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

/**
 * Remark plugin for `.md`: math as kramdown reads it. `$$…$$` is display math when it is all of
 * its paragraph and inline math inside a sentence; a `$$` at the start of a line never opens a
 * block that runs to the next `$$` line (remark-math's fenced form would swallow the rest of the
 * document after `$$\begin{align*}`); a paragraph whose first line is `\$$…$$` starts with that
 * formula inline (kramdown's escape for a formula alone in its paragraph). With
 * `math_engine: null` the TeX stays as written, in kramdown's `kdmath` elements.
 */
export function remarkKramdownMath(this: Processor, options: { math_engine: string | null }) {
  // remark-math registered its syntax just before: its block form goes, its inline form stays.
  for (const ext of (this.data('micromarkExtensions') ?? []) as {
    flow?: Record<number, unknown>
  }[])
    if (ext.flow && 36 in ext.flow) delete ext.flow[36]
  return (tree: MdastRoot, file: VFile) => {
    const source = String(file.value)
    const isDouble = (node: InlineMath) => {
      const start = node.position?.start.offset
      return start !== undefined && source.startsWith('$$', start)
    }
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      const parts = node.children.filter((c) => c.type !== 'text' || c.value.trim() !== '')
      const only = parts.length === 1 && parts[0]!.type === 'inlineMath' ? parts[0] : undefined
      if (!only || !parent || index === undefined || !isDouble(only)) return
      const value = only.value.trim()
      // As mdast-util-math builds a `$$` block. KaTeX replaces the `<pre>` and drops its
      // attributes, so an attribute list's go on a `<div>` around it, as kramdown puts them.
      const code = {
        type: 'element',
        tagName: 'code',
        properties: { className: ['language-math', 'math-display'] },
        children: [{ type: 'text', value }],
      }
      const pre = { type: 'element', tagName: 'pre', properties: {}, children: [code] }
      const own = node.data?.hProperties
      const display: MdastMath = {
        type: 'math',
        value,
        position: node.position,
        data: (own
          ? { hName: 'div', hProperties: own, hChildren: [pre] }
          : { hName: 'pre', hChildren: [code] }) as MdastMath['data'],
      }
      parent.children[index] = display as never
    })
    visit(tree, 'paragraph', (node: Paragraph) => escapedDisplay(node, source))
    // An environment TeX allows only in display math (`$$\begin{align}…$$` within a sentence,
    // inline to kramdown, which MathJax typeset all the same) is typeset as display math.
    visit(tree, 'inlineMath', (node: InlineMath) => {
      if (!DISPLAY_ONLY.test(node.value)) return
      node.data = {
        ...node.data,
        hProperties: { className: ['language-math', 'math-display'] },
      }
    })
    if (options.math_engine !== null) return
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'math' && node.type !== 'inlineMath') || !parent || index === undefined)
        return
      const block = node.type === 'math'
      const tex = block ? `$$\n${node.value}\n$$` : `$${node.value}$`
      // kramdown's `kdmath` element, with the attributes an attribute list gave the block.
      const own = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties
      // (mdast-util-math's own classes, which would have KaTeX typeset it, are not kept.)
      const ownClasses = (Array.isArray(own?.className) ? (own.className as string[]) : []).filter(
        (c) => !/^(language-math|math-inline|math-display)$/.test(c),
      )
      const html = {
        type: 'kramdownMath',
        data: {
          hName: block ? 'div' : 'span',
          hProperties: { ...own, className: ['kdmath', ...ownClasses] },
          hChildren: [{ type: 'text', value: tex }],
        },
      }
      ;(parent as Parent).children[index] = html as never
    })
  }
}

const DISPLAY_ONLY = /^\s*\\begin\{(align|alignat|equation|gather|multline|flalign|eqnarray)\*?\}/

const ESCAPED_DISPLAY = /^\\\$\$([\s\S]*?)\$\$[ \t]*(?:\n|$)/

/**
 * `\$$x$$` as a paragraph's first line: kramdown's block math escaped, which is inline math (the
 * backslash dropped) where CommonMark reads an escaped `$` and text.
 */
function escapedDisplay(paragraph: Paragraph, source: string): void {
  const first = paragraph.children[0]
  const start = paragraph.position?.start.offset
  const end = first?.position?.end.offset
  if (first?.type !== 'text' || start === undefined || end === undefined) return
  const m = ESCAPED_DISPLAY.exec(source.slice(start, end + 1))
  if (!m || start + m[0].trimEnd().length > end) return
  const lines = m[0].trimEnd().split('\n').length
  const rest = first.value.split('\n').slice(lines)
  const mathEnd = start + m[0].trimEnd().length
  const at = (offset: number) => {
    const before = source.slice(0, offset)
    return {
      line: before.split('\n').length,
      column: offset - before.lastIndexOf('\n'),
      offset,
    }
  }
  const value = m[1]!
  const math: InlineMath = {
    type: 'inlineMath',
    value,
    position: { start: at(start + 1), end: at(mathEnd) },
    data: {
      hName: 'code',
      hProperties: { className: ['language-math', 'math-inline'] },
      hChildren: [{ type: 'text', value }],
    },
  }
  const text = rest.length ? [{ ...first, value: '\n' + rest.join('\n') }] : []
  paragraph.children.splice(0, 1, math, ...text)
}
