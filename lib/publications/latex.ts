import type { SiteConfig } from '@/lib/content'
import { fullName, isSelf } from './authors'
import type { Publication } from './model'

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
}

/** Plain text as LaTeX source: the ten special characters escaped, everything else as UTF-8. */
export function latexEscape(text: string): string {
  return text.replace(/[\\{}$&#%_^~]/g, (c) => LATEX_SPECIALS[c]!)
}

/** How a thesis entry type reads in a citation. */
export const THESIS_KINDS: Record<string, string> = {
  phdthesis: 'PhD thesis',
  mastersthesis: "Master's thesis",
}

function latexItem(p: Publication, self: readonly string[]): string {
  const authors = p.authors
    .map((a) =>
      isSelf(a, self) ? `\\textbf{${latexEscape(fullName(a))}}` : latexEscape(fullName(a)),
    )
    .join(', ')
  // The short name is added unless the venue already spells it out, as "(CGO)".
  const short = p.venueShort && !p.venue?.includes(`(${p.venueShort})`) ? `(${p.venueShort})` : ''
  const kind = THESIS_KINDS[p.type]
  const venue = [kind, [p.venue, short].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  const parts = [
    `${authors}.`,
    `\\emph{${latexEscape(p.title)}}.`,
    venue && `${latexEscape(venue)},`,
    `${p.year}.`,
    p.doi && `doi:${latexEscape(p.doi)}.`,
    p.award && `${latexEscape(p.award)}.`,
  ]
  return `  \\item ${parts.filter(Boolean).join(' ')}`
}

/**
 * The publication list as a LaTeX `enumerate`, newest first, the author's own name in bold: for
 * `\input{publications.tex}` in a CV. The old Jekyll site served a hand-kept file at this address.
 */
export function publicationsLatex(publications: Publication[], site: SiteConfig): string {
  return [
    `% Publications of ${site.author.name}, generated from ${site.url}/publications.bib`,
    '% Use with \\input{publications.tex}; the text is UTF-8.',
    '\\begin{enumerate}',
    ...publications.map((p) => latexItem(p, site.publications.self)),
    '\\end{enumerate}',
    '',
  ].join('\n')
}
