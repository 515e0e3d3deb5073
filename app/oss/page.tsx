import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { OpenSourceList } from '@/components/OpenSourceList'
import { SectionIntro } from '@/components/SectionIntro'
import { findPage, getContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

const URL = '/oss/'

export async function generateMetadata(): Promise<Metadata> {
  const page = await findPage(URL)
  return pageMetadata((await getContent()).site, {
    title: page?.title ?? 'Open source',
    description: page?.description,
    url: URL,
  })
}

export default async function OpenSourcePage() {
  const { oss } = await getContent()
  if (!oss) notFound()
  return (
    <article className="page">
      <SectionIntro title="Open source" page={await findPage(URL)} />
      <OpenSourceList oss={oss} />
    </article>
  )
}
