import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PublicationsIndex } from '@/components/publications/PublicationsIndex'
import { findPage, getContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { PUBLICATIONS_URL } from '@/lib/publications/filters'

export async function generateMetadata(): Promise<Metadata> {
  const page = await findPage(PUBLICATIONS_URL)
  return pageMetadata((await getContent()).site, {
    title: page?.title ?? 'Publications',
    description: page?.description,
    url: PUBLICATIONS_URL,
  })
}

export default async function PublicationsPage() {
  const { site, publications } = await getContent()
  if (!publications) notFound()
  return (
    <PublicationsIndex
      publications={publications}
      filter={{ kind: 'all' }}
      intro={await findPage(PUBLICATIONS_URL)}
      self={site.publications.self}
    />
  )
}
