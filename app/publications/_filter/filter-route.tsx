import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getContent, getPublications } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { filterTitle, filterUrl, type PublicationFilter } from '@/lib/publications/filters'
import type { Publication } from '@/lib/publications/model'
import { atLeastOne } from '@/lib/routes'
import { PublicationsIndex } from '@/components/publications/PublicationsIndex'

/**
 * A route factory, so it lives in app/ (a private folder, not a route): components only draw.
 * The three exports of a filtered-publications route (`/publications/type/<x>/`,
 * `/publications/keyword/<x>/`), given the route's parameter name and the filters that exist.
 */
export function filterRoute<P extends string>(
  param: P,
  filtersOf: (publications: Publication[]) => { value: string; filter: PublicationFilter }[],
) {
  type Params = Record<P, string>

  async function lookup(params: Promise<Params>): Promise<PublicationFilter | undefined> {
    const value = (await params)[param]
    return filtersOf(await getPublications()).find((f) => f.value === value)?.filter
  }

  return {
    async generateStaticParams(): Promise<Params[]> {
      const values = filtersOf(await getPublications()).map((f) => ({ [param]: f.value }) as Params)
      return atLeastOne(values, { [param]: '404' } as Params)
    },

    async generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
      const filter = await lookup(params)
      if (!filter) return {}
      return pageMetadata((await getContent()).site, {
        title: filterTitle(await getPublications(), filter),
        url: filterUrl(filter),
      })
    },

    async Page({ params }: { params: Promise<Params> }) {
      const filter = await lookup(params)
      if (!filter) notFound()
      const { site } = await getContent()
      return (
        <PublicationsIndex
          publications={await getPublications()}
          filter={filter}
          self={site.publications.self}
        />
      )
    },
  }
}
