import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PublicationsIndex } from '@/components/publications/PublicationsIndex'
import { getContent, getPublications } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import {
  filterTitle,
  filterUrl,
  typeFilters,
  type PublicationFilter,
} from '@/lib/publications/filters'
import type { Category } from '@/lib/publications/model'
import { atLeastOne } from '@/lib/routes'

type Params = { category: string }

export const dynamicParams = false

export async function generateStaticParams(): Promise<Params[]> {
  return atLeastOne(
    typeFilters(await getPublications()).map((f) => ({ category: f.category })),
    { category: '404' },
  )
}

async function lookup(params: Promise<Params>): Promise<PublicationFilter | undefined> {
  const { category } = await params
  const known = typeFilters(await getPublications()).some((f) => f.category === category)
  return known ? { kind: 'type', category: category as Category } : undefined
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const filter = await lookup(params)
  if (!filter) return {}
  return pageMetadata((await getContent()).site, {
    title: filterTitle(await getPublications(), filter),
    url: filterUrl(filter),
  })
}

export default async function PublicationTypePage({ params }: { params: Promise<Params> }) {
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
}
