import type { Element, ElementContent } from 'hast'
import { toString } from 'hast-util-to-string'
import { h } from 'hastscript'
import { CODE_THEMES, getHighlighter } from '@/lib/markdown/code'
import { multiline, type NotebookOutput } from './schema'
import { keepReadable } from './contrast'
import { sanitizeHtml } from './html'
import { IMAGE_TYPES, outputImage, type ImageType, type NotebookFile } from './images'
import type { VFile } from 'vfile'

/** What an output needs from the notebook it is in. */
export interface OutputContext {
  url: string
  vfile: VFile
  files: NotebookFile[]
  /** The code cell's number among the notebook's code cells, from 1 (for image alt texts). */
  cell: number
  /** Renders Markdown (a `text/markdown` or `text/latex` output) through the site's pipeline. */
  markdown(text: string): Promise<ElementContent[]>
  /** Steps for HTML this module made (base path, external links, focusable scrolling). */
  finish(nodes: ElementContent[]): Promise<ElementContent[]>
}

/**
 * The order Jupyter prefers a bundle's types in, without JavaScript: the richest static one wins.
 * Types that only scripts can show (widgets, `application/javascript`, plot libraries' JSON) are
 * never run.
 */
const ORDER = [
  'text/html',
  'text/markdown',
  'text/latex',
  'image/svg+xml',
  'image/png',
  'image/jpeg',
  'text/plain',
] as const
const NEEDS_SCRIPT = /javascript|ecmascript|widget|^application\/vnd\.(?!jupyter\.stderr)/i

export const DROPPED_NOTE =
  'Scripts or widgets in this output were left out: this site never runs the code in a notebook’s outputs.'

/** Terminal text (a stream, a traceback) with its ANSI colours in both code themes. */
export async function ansiBlock(text: string, className: string[]): Promise<Element> {
  const hl = await getHighlighter()
  const root = hl.codeToHast(text.replace(/\n$/, ''), {
    lang: 'ansi',
    themes: CODE_THEMES,
    defaultColor: false,
    tabindex: false,
    tokenizeTimeLimit: 0,
  })
  const pre = root.children.find((c): c is Element => c.type === 'element') ?? h('pre', text)
  // Shiki names the properties as HTML does (`class`, not hast's `className`).
  const classes = String(pre.properties.class ?? '')
    .split(/\s+/)
    .filter(Boolean)
  delete pre.properties.class
  pre.properties.className = [...classes, ...className]
  keepReadable(pre)
  // Long lines scroll sideways: keyboard users must be able to focus the block to scroll it.
  pre.properties.tabIndex = 0
  return pre
}

const textOf = (value: unknown): string | undefined => {
  const parsed = multiline.safeParse(value)
  return parsed.success ? parsed.data : undefined
}

/** `$x$`, `$$x$$` or `\begin{..}`: a `text/latex` output as display math in Markdown. */
function latexMarkdown(latex: string): string {
  const body = latex
    .trim()
    .replace(/^\$\$([\s\S]*)\$\$$/, '$1')
    .replace(/^\$([\s\S]*)\$$/, '$1')
    .trim()
  return `$$\n${body}\n$$\n`
}

/** The best static view of a MIME bundle, and whether something that runs was left out. */
async function bundle(
  data: Record<string, unknown>,
  meta: Record<string, unknown>,
  context: OutputContext,
): Promise<{ nodes: ElementContent[]; dropped: boolean }> {
  let dropped = Object.keys(data).some((type) => NEEDS_SCRIPT.test(type))
  const plain = textOf(data['text/plain'])
  for (const type of ORDER) {
    const value = textOf(data[type])
    if (value === undefined) continue
    if (type === 'text/html') {
      const html = sanitizeHtml(value)
      dropped ||= html.removed
      const shown = html.children.some(
        (c) => toString(c).trim() || (c.type === 'element' && c.tagName !== 'br'),
      )
      if (shown) return { nodes: await context.finish([h('div.nb-html', html.children)]), dropped }
    } else if (type === 'text/markdown') {
      return { nodes: [h('div.nb-markdown', await context.markdown(value))], dropped }
    } else if (type === 'text/latex') {
      return { nodes: await context.markdown(latexMarkdown(value)), dropped }
    } else if (type in IMAGE_TYPES) {
      const alt =
        plain && !plain.trimStart().startsWith('<')
          ? plain.trim()
          : `Output of code cell ${context.cell}`
      const image = outputImage(type as ImageType, value, meta[type], alt, context)
      if (image) {
        dropped ||= image.scriptsRemoved
        return { nodes: await context.finish([h('p.nb-image', image.image)]), dropped }
      }
    } else {
      return { nodes: [await ansiBlock(value, ['nb-text'])], dropped }
    }
  }
  return { nodes: [], dropped }
}

/** One output of a code cell as HTML elements. */
export async function renderOutput(
  output: NotebookOutput,
  context: OutputContext,
): Promise<{ nodes: ElementContent[]; dropped: boolean }> {
  switch (output.output_type) {
    case 'stream':
      return {
        nodes: [
          await ansiBlock(output.text, [
            'nb-stream',
            ...(output.name === 'stderr' ? ['nb-stderr'] : []),
          ]),
        ],
        dropped: false,
      }
    case 'error': {
      const text = output.traceback.length
        ? output.traceback.join('\n')
        : `${output.ename}: ${output.evalue}`
      return { nodes: [await ansiBlock(text, ['nb-error'])], dropped: false }
    }
    default: {
      const shown = await bundle(output.data, output.metadata, context)
      const note = shown.dropped ? [h('p.nb-dropped', { role: 'note' }, DROPPED_NOTE)] : []
      return { nodes: [...shown.nodes, ...note], dropped: shown.dropped }
    }
  }
}
