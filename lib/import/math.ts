import { lineColumnAt } from '@/lib/markdown/positions'
import type { LiquidNote } from './liquid'

const MATHJAX_SCRIPT =
  /<script\b[^>]*(?:src=["'][^"']*mathjax[^"']*["']|type=["']text\/x-mathjax-config[^"']*["'])[^>]*>[\s\S]*?<\/script>[ \t]*\n?|<script\b[^>]*>\s*(?:window\.)?MathJax\s*=[\s\S]*?<\/script>[ \t]*\n?/gi

/**
 * Makes MathJax-era math typeset by the site's build-time KaTeX: MathJax's `<script>`s go, and
 * `\(…\)`, `\[…\]` and a paragraph that is only `$$…$$` (kramdown's display math) become
 * remark-math's `$…$` and `$$` blocks. Code (fenced or in backticks) is left alone.
 */
export function convertMathJax(text: string): { text: string; notes: LiquidNote[] } {
  const notes: LiquidNote[] = []
  const withoutScripts = text.replace(MATHJAX_SCRIPT, (match: string, offset: number) => {
    notes.push({
      line: lineColumnAt(text, offset).line,
      kind: 'dropped',
      message: 'MathJax <script> removed: math is typeset by KaTeX when the site is built',
    })
    // Blank lines in its place keep every later line number that of the original file.
    return '\n'.repeat(match.split('\n').length - 1)
  })
  const lines = withoutScripts.split('\n')
  let fenceMark: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    // Code is left alone: fenced blocks and Liquid's {% highlight %} blocks.
    const fenceOpen = /^\s{0,3}(`{3,}|~{3,})/.exec(line) ?? /^\s*\{%-?\s*(highlight)\b/.exec(line)
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
    const converted = /^\s*\\\\?[[\]]\s*$/.test(line)
      ? line.replace(/\\\\?[[\]]/, '$$$$')
      : convertLine(line)
    const display = /^(\s*)\$\$(.+?)\$\$\s*$/.exec(converted)
    const alone = (j: number) => j < 0 || j >= lines.length || lines[j]!.trim() === ''
    const result =
      display && alone(i - 1) && alone(i + 1)
        ? `${display[1]}$$\n${display[2]!.trim()}\n${display[1]}$$`
        : converted
    if (result !== line) {
      lines[i] = result
      notes.push({
        line: i + 1,
        kind: 'converted',
        message: 'MathJax math delimiters became $…$ / $$…$$ (KaTeX at build time)',
      })
    }
  }
  return { text: lines.join('\n'), notes }
}

/** `\(x\)` → `$x$` and `\[x\]` → `$$x$$` outside backtick code spans (`\\(` too, as kramdown needed). */
function convertLine(line: string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\\\\?\((.+?)\\\\?\)/g, (_, tex: string) => `$${tex.trim()}$`)
            .replace(/\\\\?\[(.+?)\\\\?\]/g, (_, tex: string) => `$$${tex.trim()}$$`),
    )
    .join('')
}
