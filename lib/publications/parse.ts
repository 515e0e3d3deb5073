import { parse, type Entry } from '@retorquere/bibtex-parser'
import { lineColumnAt } from '@/lib/markdown/positions'

export interface Author {
  given: string
  family: string
}

export interface Publication {
  key: string
  type: string
  title: string
  authors: Author[]
  year: number
  /** Where it appeared: book title, journal or school. */
  venue?: string
  venueShort?: string
  url?: string
  doi?: string
  arxiv?: string
  pdf?: string
  code?: string
}

export interface BibProblem {
  line: number
  column: number
  message: string
}

function venueOf(fields: Entry['fields']): string | undefined {
  return (
    fields.booktitle ??
    fields.journal ??
    fields.school ??
    (fields.institution ?? [])[0] ??
    fields.howpublished
  )
}

/**
 * Parses BibTeX with a LaTeX-aware library (accents, `--`, protected {Capitals}, @string, crossref)
 * into the site's publication model. Titles keep the casing the author wrote.
 */
export function parseBibliography(text: string): {
  publications: Publication[]
  problems: BibProblem[]
} {
  const library = parse(text, { english: false, sentenceCase: false })
  // The parser turns {\'e} into e + a combining accent; NFC gives the single character é, which is
  // what readers search for and copy.
  const nfc = (s: string | undefined) => s?.normalize('NFC')
  const problems: BibProblem[] = library.errors.map((e) => {
    const at = e.input ? text.indexOf(e.input) : -1
    return { ...lineColumnAt(text, Math.max(at, 0)), message: `BibTeX syntax error: ${e.error}` }
  })
  const publications: Publication[] = []
  const seen = new Set<string>()
  for (const entry of library.entries) {
    const at = lineColumnAt(text, Math.max(text.indexOf(`{${entry.key},`), 0))
    const f = entry.fields
    const year = Number.parseInt(f.year ?? f.date ?? '', 10)
    if (seen.has(entry.key))
      problems.push({
        ...at,
        message: `duplicate BibTeX key "${entry.key}" (expected every entry to have its own key)`,
      })
    if (!f.title)
      problems.push({
        ...at,
        message: `entry "${entry.key}" has no title (expected a title field)`,
      })
    if (!Number.isFinite(year))
      problems.push({
        ...at,
        message: `entry "${entry.key}" has no year (expected a year field such as year = {2024})`,
      })
    seen.add(entry.key)
    if (!f.title || !Number.isFinite(year)) continue
    publications.push({
      key: entry.key,
      type: entry.type,
      title: nfc(f.title)!,
      authors: (f.author ?? []).map((a) => ({
        given: nfc(a.firstName) ?? '',
        family: nfc(a.lastName ?? a.name) ?? '',
      })),
      year,
      venue: nfc(venueOf(f)),
      venueShort: f.venue_short,
      url: f.url,
      doi: f.doi,
      arxiv:
        f.eprint && (f.archiveprefix ?? 'arXiv').toLowerCase() === 'arxiv' ? f.eprint : undefined,
      pdf: f.pdf,
      code: f.code,
    })
  }
  publications.sort((a, b) => b.year - a.year || a.key.localeCompare(b.key))
  return { publications, problems }
}
