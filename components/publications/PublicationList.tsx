import { groupByYear } from '@/lib/group'
import type { Publication } from '@/lib/publications/model'
import { PublicationEntry } from './PublicationEntry'

/** Publications grouped by year, newest first. */
export function PublicationList({
  publications,
  self,
}: {
  publications: Publication[]
  self: readonly string[]
}) {
  return groupByYear(publications, (p) => p.year).map(([year, items]) => (
    <section key={year} aria-labelledby={`pubs-${year}`} className="year-group">
      <h2 id={`pubs-${year}`}>{year}</h2>
      <ul className="entry-list">
        {items.map((p) => (
          <PublicationEntry key={p.key} publication={p} self={self} />
        ))}
      </ul>
    </section>
  ))
}
