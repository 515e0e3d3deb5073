import Link from 'next/link'
import {
  filterUrl,
  keywordFilters,
  PUBLICATIONS_URL,
  typeFilters,
  type FilterLink,
  type PublicationFilter,
} from '@/lib/publications/filters'
import type { Publication } from '@/lib/publications/model'

function FilterList({
  title,
  links,
  current,
}: {
  title: string
  links: FilterLink[]
  current: string
}) {
  return (
    <div className="filter-group">
      <h2 className="filter-title">{title}</h2>
      <ul className="filter-list">
        {links.map((l) => (
          <li key={l.url}>
            <Link href={l.url} aria-current={l.url === current ? 'page' : undefined}>
              {l.label} <span className="count">({l.count})</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Filters as plain links to pre-built pages: they work without JavaScript. */
export function PublicationFilters({
  publications,
  filter,
}: {
  publications: Publication[]
  filter: PublicationFilter
}) {
  const current = filterUrl(filter)
  const all = { label: 'All', url: PUBLICATIONS_URL, count: publications.length }
  return (
    <nav className="filters" aria-label="Filter publications">
      <FilterList title="Type" links={[all, ...typeFilters(publications)]} current={current} />
      <FilterList title="Topic" links={keywordFilters(publications)} current={current} />
    </nav>
  )
}
