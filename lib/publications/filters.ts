import { CATEGORIES, keywordSlug, type Category, type Publication } from './model'

export interface FilterLink {
  label: string
  url: string
  count: number
}

export type PublicationFilter =
  { kind: 'all' } | { kind: 'type'; category: Category } | { kind: 'keyword'; slug: string }

export const PUBLICATIONS_URL = '/publications/'

export function filterUrl(filter: PublicationFilter): string {
  if (filter.kind === 'type') return `${PUBLICATIONS_URL}type/${filter.category}/`
  if (filter.kind === 'keyword') return `${PUBLICATIONS_URL}keyword/${filter.slug}/`
  return PUBLICATIONS_URL
}

/** The types present in the bibliography, in a fixed order, with their counts. */
export function typeFilters(publications: Publication[]): (FilterLink & { category: Category })[] {
  return (Object.keys(CATEGORIES) as Category[])
    .map((category) => ({
      category,
      label: CATEGORIES[category],
      url: filterUrl({ kind: 'type', category }),
      count: publications.filter((p) => p.category === category).length,
    }))
    .filter((f) => f.count > 0)
}

/** Every keyword, alphabetically, with its count; keywords differing only in case are one. */
export function keywordFilters(publications: Publication[]): (FilterLink & { slug: string })[] {
  const bySlug = new Map<string, FilterLink & { slug: string }>()
  for (const keyword of publications.flatMap((p) => p.keywords)) {
    const slug = keywordSlug(keyword)
    const entry = bySlug.get(slug) ?? {
      slug,
      label: keyword,
      url: filterUrl({ kind: 'keyword', slug }),
      count: 0,
    }
    entry.count++
    bySlug.set(slug, entry)
  }
  return [...bySlug.values()].sort((a, b) =>
    a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }),
  )
}

export function applyFilter(publications: Publication[], filter: PublicationFilter): Publication[] {
  if (filter.kind === 'type') return publications.filter((p) => p.category === filter.category)
  if (filter.kind === 'keyword')
    return publications.filter((p) => p.keywords.some((k) => keywordSlug(k) === filter.slug))
  return publications
}

/** What a filtered page is called: "Journal articles", "Publications on FPGA". */
export function filterTitle(publications: Publication[], filter: PublicationFilter): string {
  if (filter.kind === 'type') return CATEGORIES[filter.category]
  if (filter.kind === 'keyword') {
    const label =
      keywordFilters(publications).find((k) => k.slug === filter.slug)?.label ?? filter.slug
    return `Publications on ${label}`
  }
  return 'Publications'
}
