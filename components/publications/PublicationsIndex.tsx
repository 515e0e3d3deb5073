import type { Page } from '@/lib/content'
import { applyFilter, filterTitle, type PublicationFilter } from '@/lib/publications/filters'
import type { Publication } from '@/lib/publications/model'
import { SectionIntro } from '../SectionIntro'
import { PublicationFilters } from './PublicationFilters'
import { PublicationList } from './PublicationList'

/** The publications page, whole or filtered by type or keyword. */
export function PublicationsIndex({
  publications,
  filter,
  intro,
  self,
}: {
  publications: Publication[]
  filter: PublicationFilter
  intro?: Page
  self: readonly string[]
}) {
  const shown = applyFilter(publications, filter)
  return (
    <div className="page">
      {filter.kind === 'all' ? (
        <SectionIntro title="Publications" page={intro} />
      ) : (
        <header className="section-intro">
          <h1 className="page-title">{filterTitle(publications, filter)}</h1>
          <p>
            {shown.length} of {publications.length} publications.
          </p>
        </header>
      )}
      <PublicationFilters publications={publications} filter={filter} />
      <PublicationList publications={shown} self={self} />
    </div>
  )
}
