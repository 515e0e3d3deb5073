import { lineColumnAt } from '@/lib/markdown/positions'
import type { LiquidNote } from './liquid'
import { mapOutsideCode } from './outside-code'

// `](destination)` or `](destination "title")`: an inline link's or image's target.
const INLINE_TARGET = /\]\(([^()<>\n]*?)\)/g
const TITLED = /^(\S+)\s+("[^"]*"|'[^']*')$/

/**
 * kramdown reads a link or image whose destination has spaces (`![](/assets/My Figure.png)`,
 * `[text](You and Your Research)`) as that URL; CommonMark reads it as text. The destination is
 * written in angle brackets, which both read the same way. Code is left alone.
 */
export function bracketSpacedDestinations(text: string): { text: string; notes: LiquidNote[] } {
  const notes: LiquidNote[] = []
  const out = mapOutsideCode(text, (prose, line) =>
    prose.replace(INLINE_TARGET, (whole, target: string, offset: number) => {
      const dest = target.trim()
      if (!/\s/.test(dest) || TITLED.test(dest) || /\{[{%]/.test(dest)) return whole
      notes.push({
        line: line + lineColumnAt(prose, offset).line - 1,
        kind: 'converted',
        message: `link target "${dest}" has spaces: written as <${dest}> so it stays a link`,
      })
      return `](<${dest}>)`
    }),
  )
  return { text: out, notes }
}
