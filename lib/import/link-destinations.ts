import { lineColumnAt } from '@/lib/markdown/positions'
import { MEDIA_FILE } from './legacy-html'
import type { LiquidNote } from './liquid'
import { mapOutsideCode } from './outside-code'

// `[text](destination)` or `![alt](destination "title")`: an inline link or image.
const INLINE_LINK = /(!?)\[([^\]\n]*)\]\(([^()<>\n]*?)\)/g
// Fragments kramdown or the browser make themselves: footnotes, the top of the page.
export const SPECIAL_FRAGMENT = /^(fn|fnref)[:-]|^top$/i
const TITLED = /^(\S+)\s+("[^"]*"|'[^']*')$/

export interface LinkSite {
  /** Whether the Jekyll site served this path (a file or a page), decoded. */
  exists(sitePath: string): boolean
  /** The document's URL directory on the old site, for relative targets. */
  baseDir: string
}

/**
 * kramdown reads a link or image whose destination has spaces (`![](/assets/My Figure.png)`,
 * `[text](You and Your Research)`) as that URL; CommonMark reads it as text. The destination is
 * written in angle brackets, which both read the same way. A local link that led nowhere on the
 * old site either keeps its text without the broken link (and is flagged). Code is left alone.
 */
export function bracketSpacedDestinations(
  text: string,
  site?: LinkSite,
): { text: string; notes: LiquidNote[] } {
  const notes: LiquidNote[] = []
  const ids = documentIds(text)
  const out = mapOutsideCode(text, (prose, line) =>
    prose.replace(
      INLINE_LINK,
      (whole, bang: string, label: string, target: string, offset: number) => {
        const dest = target.trim()
        if (/\{[{%]/.test(dest)) return whole
        const spaced = /\s/.test(dest) && !TITLED.test(dest)
        const href = TITLED.exec(dest)?.[1] ?? dest
        const at = line + lineColumnAt(prose, offset).line - 1
        const local = !/^[a-z][\w+.-]*:|^\/\/|^#/i.test(href)
        const relative = local && !href.startsWith('/')
        // A link (images are checked with the old HTML) to a page or file the old site did not
        // have either led nowhere: its text stays, without the broken link. Root-relative links
        // to pages are left to the build's check (a plugin may have made their page); to a file
        // (`/files/paper.pdf`), no plugin makes one.
        const file = local && href.startsWith('/') && MEDIA_FILE.test(href.split(/[?#]/)[0]!)
        if (site && !bang && href && (relative || file || (spaced && local))) {
          const sitePath = new URL(href, `http://site.invalid${site.baseDir}`).pathname
          if (!site.exists(decodeOr(sitePath))) {
            notes.push({
              line: at,
              kind: 'flagged',
              message: `link to "${href}" leads nowhere on the Jekyll site either: its text was kept without the link`,
            })
            return label
          }
        }
        // A link to a heading of this page that no longer has that id (it was renamed).
        const fragment = /^#([^\s#]+)$/.exec(href)?.[1]
        if (
          site &&
          !bang &&
          fragment &&
          !ids.has(decodeOr(fragment)) &&
          !SPECIAL_FRAGMENT.test(fragment)
        ) {
          notes.push({
            line: at,
            kind: 'flagged',
            message: `link to "${href}" names no heading or id of the page (on the Jekyll site neither): its text was kept without the link`,
          })
          return label
        }
        if (!spaced) return whole
        notes.push({
          line: at,
          kind: 'converted',
          message: `link target "${dest}" has spaces: written as <${dest}> so it stays a link`,
        })
        return `${bang}[${label}](<${dest}>)`
      },
    ),
  )
  return { text: out, notes }
}

export function decodeOr(sitePath: string): string {
  try {
    return decodeURIComponent(sitePath)
  } catch {
    return sitePath
  }
}

/** The ids a kramdown page has: written ones (`id="x"`, `{#x}`, `name="x"`) and its headings'. */
export function documentIds(text: string): Set<string> {
  const ids = new Set<string>()
  for (const m of text.matchAll(/\b(?:id|name)\s*=\s*["']([^"']+)["']|\{:?\s*#([\w:-]+)/g))
    ids.add(m[1] ?? m[2]!)
  const headings = [
    ...text.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm),
    // Setext headings: a line underlined with = or -.
    ...text.matchAll(/^([^\n]*\S[^\n]*)\n[ \t]*(?:=+|-+)[ \t]*$/gm),
  ]
  for (const m of headings) {
    // kramdown's auto_ids: letters, digits, spaces and dashes kept, spaces become dashes, and
    // anything before the first letter dropped.
    const id = m[1]!
      .replace(/\{#[^}]*\}\s*$/, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N} -]/gu, '')
      .replace(/ /g, '-')
      .replace(/^[^\p{L}]+/u, '')
    ids.add(id || 'section')
  }
  return ids
}
