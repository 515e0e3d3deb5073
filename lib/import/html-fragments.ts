import { lineColumnAt } from '@/lib/markdown/positions'
import { decodeOr, documentIds, SPECIAL_FRAGMENT } from './link-destinations'
import type { LiquidNote } from './liquid'
import { mapOutsideCode } from './outside-code'

// `<a ... href="#fragment" ...>`, the attribute and what is around it.
const FRAGMENT_ANCHOR = /<a\b([^>]*?)\s+href\s*=\s*(["'])#([^"'\s#]+)\2([^>]*)>/gi

/**
 * An HTML link to an id the page does not have (nor had on the Jekyll site) led nowhere there
 * either: it keeps its text and loses its `href`, flagged, as a Markdown link to a missing
 * heading does (link-destinations.ts). Code is left alone.
 */
export function unlinkMissingFragments(text: string): { text: string; notes: LiquidNote[] } {
  const notes: LiquidNote[] = []
  const ids = documentIds(text)
  const out = mapOutsideCode(text, (prose, line) =>
    prose.replace(
      FRAGMENT_ANCHOR,
      (whole, before: string, _q, fragment: string, after: string, offset: number) => {
        if (ids.has(decodeOr(fragment)) || SPECIAL_FRAGMENT.test(fragment)) return whole
        notes.push({
          line: line + lineColumnAt(prose, offset).line - 1,
          kind: 'flagged',
          message: `<a href="#${fragment}"> names no id of the page (on the Jekyll site neither): its text was kept without the link`,
        })
        return `<a${before}${after}>`
      },
    ),
  )
  return { text: out, notes }
}
