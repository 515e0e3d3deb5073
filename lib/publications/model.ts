import { slugify } from '@/lib/slug'

export interface Author {
  given: string
  family: string
}

/** The kinds a visitor can filter by. */
export const CATEGORIES = {
  conference: 'Conference papers',
  journal: 'Journal articles',
  workshop: 'Workshop papers',
  thesis: 'Theses',
  other: 'Other',
} as const

export type Category = keyof typeof CATEGORIES

/** A publication's page: the one place its URL is made. */
export function publicationPath(key: string): string {
  return `/publications/${key}/`
}

/** The entry's BibTeX, published beside its page (scripts/postbuild.ts writes it). */
export function publicationBibPath(key: string): string {
  return `/publications/${key}.bib`
}

export interface PublicationLink {
  label: 'PDF' | 'DOI' | 'arXiv' | 'Code' | 'Slides' | 'Video' | 'Poster' | 'Paper'
  href: string
}

export interface Publication {
  key: string
  /** The BibTeX entry type, lower case (`inproceedings`, `article`, `phdthesis`, ...). */
  type: string
  category: Category
  title: string
  authors: Author[]
  year: number
  /** 1-12 when the entry gives a month. */
  month?: number
  /** Where it appeared: book title, journal or school. */
  venue?: string
  venueShort?: string
  volume?: string
  pages?: string
  publisher?: string
  doi?: string
  url?: string
  arxiv?: string
  pdf?: string
  links: PublicationLink[]
  /** Artifact badges, as readable labels. */
  badges: string[]
  award?: string
  abstract?: string
  keywords: string[]
  selected: boolean
  /** The entry as clean BibTeX: stable field order, the site's private fields left out. */
  bibtex: string
}

// ACM's artifact badges, as the `badges` field names them.
const BADGES: Record<string, string> = {
  'acm-available': 'Artifacts Available',
  'acm-functional': 'Artifacts Evaluated: Functional',
  'acm-reusable': 'Artifacts Evaluated: Reusable',
  'acm-reproduced': 'Results Reproduced',
  'acm-replicated': 'Results Replicated',
}

const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' })

/** "March 2023", or the year alone when the entry gives no month. */
export function publicationDate(p: Pick<Publication, 'year' | 'month'>): string {
  return p.month
    ? `${MONTH_NAME.format(new Date(Date.UTC(p.year, p.month - 1, 1)))} ${p.year}`
    : String(p.year)
}

export function badgeLabel(badge: string): string {
  return (
    BADGES[badge.toLowerCase()] ??
    badge.replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase())
  )
}

/** URL-safe form of a keyword for its filter page: `DL frameworks` → `dl-frameworks`. */
export function keywordSlug(keyword: string): string {
  return slugify(keyword)
}

/** BibTeX's month macros, in calendar order. */
export const MONTH_MACROS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
]
