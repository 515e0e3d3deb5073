import { convertLiquid, type LiquidImportContext } from './liquid'
import { unlinkMissingFragments } from './html-fragments'
import { bracketSpacedDestinations } from './link-destinations'
import { convertLegacyHtml, handlerScript, type LegacyOptions } from './legacy-html'
import { convertMathJax } from './math'
import type { ImportNote } from './report'
import { convertScripts, type MovedScript } from './scripts'

export interface BodyOptions {
  /** The file's path in the Jekyll site, for notes. */
  file: string
  /** Line of the file the body starts on. */
  bodyLine: number
  /** An `.html` page or post: its body is HTML, not Markdown. */
  html: boolean
  /** Jekyll's `excerpt_separator` for this document, if it is not the site's `<!--more-->`. */
  excerptSeparator?: string
  /** Where this document's inline scripts go under public/ (without `-N.js`). */
  scriptBase: string
  liquid: LiquidImportContext
  legacy: LegacyOptions
  /** Whether the Jekyll site had a page at this URL. */
  pageExists?(url: string): boolean
  /** Whether the old page typeset math (its layout's MathJax or KaTeX auto-render). */
  typesetsMath: boolean
  /** Whether it typeset `$…$` as inline math too (MathJax's inlineMath names `$`). */
  dollarMath?: boolean
}

export interface ConvertedBody {
  text: string
  notes: ImportNote[]
  moved: MovedScript[]
  siteKeys: Set<string>
}

/**
 * One document's body, Jekyll → site: scripts first (they move out before Liquid inside them could
 * be touched), then MathJax math, then Liquid, then old HTML (includes are inlined by then). Each step keeps line numbers, so every note names
 * the line of the original file.
 */
export function convertBody(body: string, options: BodyOptions): ConvertedBody {
  const notes: ImportNote[] = []
  const add = (list: { line: number; kind: ImportNote['kind']; message: string }[]) =>
    list.forEach((n) =>
      notes.push({
        file: options.file,
        line: n.line + options.bodyLine - 1,
        kind: n.kind,
        message: n.message,
      }),
    )

  const scripts = convertScripts(body, options.scriptBase)
  add(scripts.notes)
  const math = convertMathJax(scripts.text, {
    typesets: options.typesetsMath,
    markdown: !options.html,
    dollarInline: options.dollarMath,
  })
  add(math.notes)
  const liquid = convertLiquid(math.text, options.liquid)
  add(liquid.notes)
  // Before the old HTML's checks, so an image whose path has spaces is checked too.
  const spaced = options.html
    ? { text: liquid.text, notes: [] }
    : bracketSpacedDestinations(liquid.text, {
        exists: (p) => options.legacy.exists(p) || !!options.pageExists?.(p),
        baseDir: options.legacy.baseDir,
      })
  add(spaced.notes)
  const fragments = unlinkMissingFragments(spaced.text)
  add(fragments.notes)
  const legacy = convertLegacyHtml(fragments.text, options.legacy)
  add(legacy.notes)
  let text = legacy.text
  const moved = [...scripts.moved]
  if (legacy.handlers.length) {
    const file = `${options.scriptBase}-handlers.js`
    moved.push({ file, text: handlerScript(legacy.handlers) })
    text = `${text.trimEnd()}\n\n<script src="/${file}" defer></script>\n`
  }
  const sep = options.excerptSeparator
  if (sep && sep.trim() && sep.trim() !== '<!--more-->' && text.includes(sep)) {
    text = text.replace(sep, '\n\n<!--more-->\n\n')
    notes.push({
      file: options.file,
      line: 0,
      kind: 'converted',
      message: `excerpt separator "${sep.trim()}" became <!--more-->`,
    })
  }
  if (options.html) text = htmlAsMarkdown(text)
  return { text, notes, moved, siteKeys: liquid.siteKeys }
}

/**
 * An `.html` body kept as raw HTML in a `.md` file. Markdown would end an HTML block at a blank
 * line and read indented lines after it as code, so outside `<pre>` lines lose their indentation
 * and blank lines are dropped; the browser sees the same HTML.
 */
export function htmlAsMarkdown(html: string): string {
  const out: string[] = []
  let inPre = false
  for (const line of html.split('\n')) {
    if (inPre) {
      out.push(line)
      if (/<\/pre>/i.test(line)) inPre = false
      continue
    }
    if (line.trim()) out.push(line.trimStart())
    if (/<pre\b/i.test(line) && !/<\/pre>/i.test(line)) inPre = true
  }
  return out.join('\n')
}
