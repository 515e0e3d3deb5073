import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PublicationList } from '@/components/PublicationList'
import { SectionIntro } from '@/components/SectionIntro'
import { findPage, getContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

const URL = '/publications/'

export async function generateMetadata(): Promise<Metadata> {
  const page = await findPage(URL)
  return pageMetadata((await getContent()).site, {
    title: page?.title ?? 'Publications',
    description: page?.description,
    url: URL,
  })
}

export default async function PublicationsPage() {
  const { site, publications } = await getContent()
  if (!publications) notFound()
  return (
    <div className="page">
      <SectionIntro title="Publications" page={await findPage(URL)} />
      <PublicationList publications={publications} self={site.publications.self} />
    </div>
  )
}
