import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PublicationsIndex } from '@/components/publications/PublicationsIndex'
import { getContent, getPublications } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import {
  filterTitle,
  filterUrl,
  keywordFilters,
  type PublicationFilter,
} from '@/lib/publications/filters'
import { atLeastOne } from '@/lib/routes'

type Params = { keyword: string }

export const dynamicParams = false

export async function generateStaticParams(): Promise<Params[]> {
  return atLeastOne(
    keywordFilters(await getPublications()).map((f) => ({ keyword: f.slug })),
    { keyword: '404' },
  )
}

async function lookup(params: Promise<Params>): Promise<PublicationFilter | undefined> {
  const { keyword } = await params
  const known = keywordFilters(await getPublications()).some((f) => f.slug === keyword)
  return known ? { kind: 'keyword', slug: keyword } : undefined
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const filter = await lookup(params)
  if (!filter) return {}
  return pageMetadata((await getContent()).site, {
    title: filterTitle(await getPublications(), filter),
    url: filterUrl(filter),
  })
}

export default async function PublicationKeywordPage({ params }: { params: Promise<Params> }) {
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
