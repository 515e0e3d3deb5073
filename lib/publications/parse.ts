import { parse, type Entry } from '@retorquere/bibtex-parser'
import { lineColumnAt } from '@/lib/markdown/positions'
import { formatBibtexEntry } from './bibtex'
import {
  badgeLabel,
  MONTH_MACROS,
  type Category,
  type Publication,
  type PublicationLink,
} from './model'

export interface BibProblem {
  line: number
  column: number
  message: string
}

/** Keys that name filter pages under /publications/, so no entry may use them. */
const RESERVED_KEYS = new Set(['type', 'keyword'])

function monthOf(value: string | undefined): number | undefined {
  if (!value) return undefined
  const n = Number.parseInt(value, 10)
  if (n >= 1 && n <= 12) return n
  const i = MONTH_MACROS.indexOf(value.trim().slice(0, 3).toLowerCase())
  return i === -1 ? undefined : i + 1
}

function categoryOf(type: string, fields: Entry['fields']): Category {
  if (/thesis$/.test(type)) return 'thesis'
  if (type === 'article') return 'journal'
  if (['inproceedings', 'conference', 'incollection'].includes(type)) {
    return /workshop/i.test(`${fields.booktitle ?? ''} ${fields.venue_short ?? ''}`)
      ? 'workshop'
      : 'conference'
  }
  return 'other'
}

function list(value: string | string[] | undefined): string[] {
  const items = Array.isArray(value) ? value : (value ?? '').split(',')
  return items.map((s) => s.trim()).filter(Boolean)
}

function linksOf(f: Entry['fields'], arxiv: string | undefined): PublicationLink[] {
  const links: PublicationLink[] = []
  if (f.pdf) links.push({ label: 'PDF', href: f.pdf })
  if (f.doi) links.push({ label: 'DOI', href: `https://doi.org/${f.doi}` })
  if (arxiv) links.push({ label: 'arXiv', href: `https://arxiv.org/abs/${arxiv}` })
  if (f.code) links.push({ label: 'Code', href: f.code })
  if (f.slides) links.push({ label: 'Slides', href: f.slides })
  if (f.video) links.push({ label: 'Video', href: f.video })
  if (f.poster) links.push({ label: 'Poster', href: f.poster })
  // The URL is worth its own link only when it goes somewhere the others do not.
  if (
    f.url &&
    !links.some((l) => l.href === f.url) &&
    !f.doi &&
    !(arxiv && f.url.includes(arxiv))
  ) {
    links.push({ label: 'Paper', href: f.url })
  }
  return links
}

/**
 * Parses BibTeX with a LaTeX-aware library (accents, `--`, `~`, protected {Capitals}, @string,
 * crossref) into the site's publication model, newest first. Entries with problems are reported
 * (with their line) and left out.
 */
export function parseBibliography(text: string): {
  publications: Publication[]
  problems: BibProblem[]
} {
  const options = { english: false, sentenceCase: false } as const
  const library = parse(text, options)
  // The same entries with their LaTeX kept, for the BibTeX that visitors copy into their papers.
  const raw = parse(text, { ...options, raw: true }).entries
  const problems: BibProblem[] = library.errors.map((e) => {
    const at = e.input ? text.indexOf(e.input) : -1
    // The parser's own position (often the end of the file) would contradict the entry's.
    const reason = e.error
      .replace(/\.\.\. at line \d+, column \d+ in "[^"]*"$/, '')
      .replace(/found ""$/, 'found the end of the file')
    return {
      ...lineColumnAt(text, Math.max(at, 0)),
      message: `BibTeX syntax error: ${reason} (expected @type{key, field = {value}, ...})`,
    }
  })
  // NFC: the parser writes {\'e} as e + a combining accent; readers search for and copy é.
  const nfc = (s: string | undefined) => s?.normalize('NFC')

  const publications: Publication[] = []
  const seen = new Set<string>()
  library.entries.forEach((entry, i) => {
    const at = lineColumnAt(
      text,
      Math.max(entry.input ? text.indexOf(entry.input) : text.indexOf(`{${entry.key},`), 0),
    )
    const report = (message: string) => problems.push({ ...at, message })
    // A proceedings volume that other entries crossref is their container, not a publication.
    if (/proceedings|collection/.test(entry.type.toLowerCase()) && entry.crossref?.donated.length)
      return
    const f = entry.fields
    const year = Number.parseInt(f.year ?? f.date ?? '', 10)
    if (seen.has(entry.key))
      return report(
        `duplicate BibTeX key "${entry.key}" (expected every entry to have its own key)`,
      )
    seen.add(entry.key)
    if (RESERVED_KEYS.has(entry.key) || !/^[\w.:-]+$/.test(entry.key)) {
      return report(
        `BibTeX key "${entry.key}" cannot be used in a URL (expected letters, digits, "_", "-", "." or ":", and not "type" or "keyword")`,
      )
    }
    if (!f.title) report(`entry "${entry.key}" has no title (expected a title field)`)
    if (!Number.isFinite(year))
      report(`entry "${entry.key}" has no year (expected a year field such as year = {2024})`)
    if (!f.title || !Number.isFinite(year)) return

    const arxiv =
      f.eprint && (f.archiveprefix ?? 'arXiv').toLowerCase() === 'arxiv' ? f.eprint : undefined
    const rawEntry = raw[i]?.key === entry.key ? raw[i]! : entry
    publications.push({
      key: entry.key,
      type: entry.type.toLowerCase(),
      category: categoryOf(entry.type.toLowerCase(), f),
      title: nfc(f.title)!,
      authors: (f.author ?? []).map((a) => ({
        given: nfc(a.firstName) ?? '',
        family: nfc(a.lastName ?? a.name) ?? '',
      })),
      year,
      month: monthOf(f.month),
      venue: nfc(f.booktitle ?? f.journal ?? f.school ?? list(f.institution)[0] ?? f.howpublished),
      venueShort: nfc(f.venue_short),
      volume: f.volume,
      pages: f.pages,
      publisher: nfc(list(f.publisher)[0]),
      doi: f.doi,
      url: f.url,
      arxiv,
      pdf: f.pdf,
      links: linksOf(f, arxiv),
      badges: list(f.badges).map(badgeLabel),
      award: nfc(f.award),
      abstract: nfc(f.abstract),
      keywords: list(f.keywords).map((k) => k.normalize('NFC')),
      selected: /^(true|yes|1)$/i.test(f.selected ?? ''),
      bibtex: formatBibtexEntry(
        entry.type.toLowerCase(),
        entry.key,
        rawEntry.fields as Parameters<typeof formatBibtexEntry>[2],
      ),
    })
  })
  publications.sort(
    (a, b) => b.year - a.year || (b.month ?? 0) - (a.month ?? 0) || a.key.localeCompare(b.key),
  )
  return { publications, problems }
}
