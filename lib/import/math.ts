import { lineColumnAt } from '@/lib/markdown/positions'
import { unescapeDollarMath } from './dollar-math'
import type { LiquidNote } from './liquid'

const MATHJAX_SCRIPT =
  /<script\b[^>]*(?:src=["'][^"']*mathjax[^"']*["']|type=["']text\/x-mathjax-config[^"']*["'])[^>]*>[\s\S]*?<\/script>[ \t]*\n?|<script\b[^>]*>\s*(?:window\.)?MathJax\s*=[\s\S]*?<\/script>[ \t]*\n?/gi

export interface MathOptions {
  /** Whether the old page typeset math at all (page-math.ts); if not, its delimiters stay text. */
  typesets: boolean
  /**
   * A Markdown document: kramdown read `\(` and `\[` as escaped brackets ("(R)", "[1]"), so only
   * `\\(` and `\\[` reached MathJax. In an HTML document `\(` is what MathJax saw.
   */
  markdown: boolean
  /** The page's MathJax typeset `$…$` too: kramdown's escapes inside it go (dollar-math.ts). */
  dollarInline?: boolean
}

/**
 * Where the text shows code: fenced blocks (at any indentation, as under a list item),
 * `{% highlight %}` blocks and code spans, as [start, end) offsets.
 */
function codeRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  const block =
    /^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\1[`~]*[ \t]*$|(?![\s\S]))|\{%-?\s*highlight\b[\s\S]*?\{%-?\s*endhighlight\s*-?%\}|(`+)(?!`)[^\n]*?[^`]\2(?!`)/gm
  for (const m of text.matchAll(block)) ranges.push([m.index, m.index + m[0].length])
  return ranges
}

/**
 * Makes MathJax-era math typeset by the site's build-time KaTeX: MathJax's `<script>`s go, and
 * what the page's renderer typeset (`\(…\)`, `\[…\]`) and a paragraph that is only `$$…$$`
 * (kramdown's display math) become remark-math's `$…$` and `$$` blocks. Code is left alone.
 */
export function convertMathJax(
  text: string,
  options: MathOptions = { typesets: true, markdown: false },
): { text: string; notes: LiquidNote[] } {
  const notes: LiquidNote[] = []
  const code = codeRanges(text)
  const withoutScripts = text.replace(MATHJAX_SCRIPT, (match: string, offset: number) => {
    // A post that shows how to set MathJax up keeps its example.
    if (code.some(([from, to]) => offset >= from && offset < to)) return match
    notes.push({
      line: lineColumnAt(text, offset).line,
      kind: 'dropped',
      message: 'MathJax <script> removed: math is typeset by KaTeX when the site is built',
    })
    // Blank lines in its place keep every later line number that of the original file.
    return '\n'.repeat(match.split('\n').length - 1)
  })
  if (!options.typesets) return { text: withoutScripts, notes }
  // A regex source matching two backslashes, or one.
  const slash = options.markdown ? '\\\\\\\\' : '\\\\'
  const lines = withoutScripts.split('\n')
  let fenceMark: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    // Code is left alone: fenced blocks and Liquid's {% highlight %} blocks.
    // (a fence indented under a list item too)
    const fenceOpen = /^\s*(`{3,}|~{3,})/.exec(line) ?? /^\s*\{%-?\s*(highlight)\b/.exec(line)
    if (fenceMark) {
      const closes =
        fenceMark === 'highlight'
          ? /\{%-?\s*endhighlight\b/.test(line)
          : fenceOpen?.[1]!.startsWith(fenceMark)
      if (closes) fenceMark = undefined
      continue
    }
    if (fenceOpen) {
      fenceMark = fenceOpen[1]!
      continue
    }
    // A display formula over several lines: `\[` and `\]` each alone on a line.
    const converted = new RegExp(`^\\s*${slash}[[\\]]\\s*$`).test(line)
      ? line.replace(new RegExp(`${slash}[[\\]]`), '$$$$')
      : convertLine(line, slash)
    const unescaped =
      options.markdown && options.dollarInline ? unescapeDollarMath(converted) : converted
    const display = /^(\s*)\$\$(.+?)\$\$\s*$/.exec(unescaped)
    const alone = (j: number) => j < 0 || j >= lines.length || lines[j]!.trim() === ''
    const result =
      display && alone(i - 1) && alone(i + 1)
        ? `${display[1]}$$\n${display[2]!.trim()}\n${display[1]}$$`
        : unescaped
    if (result !== line) {
      lines[i] = result
      notes.push({
        line: i + 1,
        kind: 'converted',
        message: 'MathJax math delimiters became $…$ / $$…$$ (KaTeX at build time)',
      })
    }
  }
  if (options.markdown) markMathBlocks(lines, notes)
  return { text: lines.join('\n'), notes }
}

/**
 * kramdown kept an HTML block (`<div>` … `</div>`) as raw HTML, and the old page's MathJax
 * typeset the `$$` formula inside it in the browser. The block is read as Markdown
 * (`markdown="1"`), so the formula is typeset at build time; only blocks that hold nothing but
 * display math, so no other text is read differently.
 */
function markMathBlocks(lines: string[], notes: LiquidNote[]) {
  let fence: string | undefined
  for (let i = 0; i < lines.length; i++) {
    // Not inside fenced code.
    const mark = /^\s{0,3}(`{3,}|~{3,})/.exec(lines[i]!)?.[1]
    if (mark && (!fence || mark.startsWith(fence))) fence = fence ? undefined : mark
    if (fence) continue
    const open = /^(\s{0,3}<(div|p|center)\b)((?:(?!markdown=)[^>])*)>\s*$/i.exec(lines[i]!)
    if (!open) continue
    const close = new RegExp(`^\\s*</${open[2]}>\\s*$`, 'i')
    let j = i + 1
    while (j < lines.length && !close.test(lines[j]!) && !/^\s*</.test(lines[j]!)) j++
    if (j >= lines.length || !close.test(lines[j]!)) continue
    const inner = lines
      .slice(i + 1, j)
      .join('\n')
      .trim()
    if (!/^(\$\$(?:(?!\$\$)[\s\S])+\$\$\s*)+$/.test(inner)) continue
    lines[i] = `${open[1]}${open[3]} markdown="1">`
    notes.push({
      line: i + 1,
      kind: 'converted',
      message: `the formula inside <${open[2]}> is typeset at build time (markdown="1")`,
    })
    i = j
  }
}

/** `\(x\)` → `$x$` and `\[x\]` → `$$x$$` outside backtick code spans (`slash`: one or two backslashes). */
function convertLine(line: string, slash: string): string {
  const inline = new RegExp(`${slash}\\((.+?)${slash}\\)`, 'g')
  const display = new RegExp(`${slash}\\[(.+?)${slash}\\]`, 'g')
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(inline, (_, tex: string) => `$${unescape(tex.trim(), slash)}$`)
            .replace(display, (_, tex: string) => `$$${unescape(tex.trim(), slash)}$$`),
    )
    .join('')
}

/**
 * In Markdown, kramdown removed the backslash of `\_` and `\*` (written so that emphasis would not
 * start) before MathJax saw the formula: `y\_i` was `y_i`.
 */
function unescape(tex: string, slash: string): string {
  return slash.length > 2 ? tex.replace(/\\([_*])/g, '$1') : tex
}
