import type { Metadata } from 'next'
import { SectionWithoutData } from '@/app/_section/without-data'
import { OpenSourceList } from '@/components/OpenSourceList'
import { SectionIntro } from '@/components/SectionIntro'
import { findPage, getContent } from '@/lib/content'
import { sectionMetadata } from '@/lib/metadata'
import { searchBody } from '@/lib/search'

const SECTION_URL = '/oss/'

export async function generateMetadata(): Promise<Metadata> {
  return sectionMetadata(SECTION_URL, 'Open source')
}

export default async function OpenSourcePage() {
  const { oss, posts } = await getContent()
  if (!oss) return <SectionWithoutData url={SECTION_URL} />
  return (
    <article className="page" {...searchBody('Open source')}>
      <SectionIntro title="Open source" page={await findPage(SECTION_URL)} />
      <OpenSourceList oss={oss} posts={posts} />
    </article>
  )
}
