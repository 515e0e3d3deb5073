import type { Author, Publication } from '@/lib/publications/model'
import { fullName } from '@/lib/publications/authors'
import type { CitationStyle, Reference } from './model'

/** "Gibson", "Gibson and Cano", "Gibson et al.": the name part of an author-year label. */
export function authorLabel(authors: Author[]): string {
  const family = authors.map((a) => a.family || fullName(a))
  if (family.length === 0) return 'Anon.'
  if (family.length === 1) return family[0]!
  if (family.length === 2) return `${family[0]} and ${family[1]}`
  return `${family[0]} et al.`
}

export interface Label {
  /** What the citation shows for this work: `3`, or `Gibson et al., 2023a`. */
  cite: string
  /** The narrative form's name part (`Gibson et al.`) and the rest (`2023a` or `3`). */
  names: string
  tail: string
}

/**
 * Labels for the cited works, in order of first citation. Numbered: 1, 2, 3… Author-year: the
 * year gets a letter where two works would otherwise read the same (`2023a`, `2023b`).
 */
export function labels(cited: Reference[], style: CitationStyle): Map<string, Label> {
  const out = new Map<string, Label>()
  if (style === 'numbered') {
    cited.forEach((r, i) =>
      out.set(r.entry.key, {
        cite: String(i + 1),
        names: authorLabel(r.entry.authors),
        tail: String(i + 1),
      }),
    )
    return out
  }
  const same = new Map<string, Reference[]>()
  for (const r of cited) {
    const base = `${authorLabel(r.entry.authors)}, ${r.entry.year}`
    same.set(base, [...(same.get(base) ?? []), r])
  }
  for (const group of same.values())
    group.forEach((r, i) => {
      const suffix = group.length > 1 ? String.fromCharCode(97 + i) : ''
      const names = authorLabel(r.entry.authors)
      const tail = `${r.entry.year}${suffix}`
      out.set(r.entry.key, { cite: `${names}, ${tail}`, names, tail })
    })
  return out
}

/** "A, B and C": every author's full name. */
export function authorList(authors: Author[]): string {
  const names = authors.map(fullName)
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** The text after the title in a reference: "CGO, 2023." */
export function venueLine(p: Publication): string {
  const venue = [
    p.venue,
    p.volume && `vol. ${p.volume}`,
    p.pages && `pp. ${p.pages.replace(/--?/, '–')}`,
  ]
    .filter(Boolean)
    .join(', ')
  return venue ? `${venue}, ${p.year}.` : `${p.year}.`
}
