import type { Metadata } from 'next'
import { SectionWithoutData } from '@/app/_section/without-data'
import { PublicationsIndex } from '@/components/publications/PublicationsIndex'
import { findPage, getContent } from '@/lib/content'
import { sectionMetadata } from '@/lib/metadata'
import { PUBLICATIONS_URL as SECTION_URL } from '@/lib/publications/filters'

export async function generateMetadata(): Promise<Metadata> {
  return sectionMetadata(SECTION_URL, 'Publications')
}

export default async function PublicationsPage() {
  const { site, publications } = await getContent()
  if (!publications) return <SectionWithoutData url={SECTION_URL} />
  return (
    <PublicationsIndex
      publications={publications}
      filter={{ kind: 'all' }}
      intro={await findPage(SECTION_URL)}
      self={site.publications.self}
    />
  )
}
