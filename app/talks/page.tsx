import type { Metadata } from 'next'
import { SectionWithoutData } from '@/app/_section/without-data'
import { SectionIntro } from '@/components/SectionIntro'
import { TalkList } from '@/components/talks/TalkList'
import { findPage, getContent } from '@/lib/content'
import { sectionMetadata } from '@/lib/metadata'

const SECTION_URL = '/talks/'

export async function generateMetadata(): Promise<Metadata> {
  return sectionMetadata(SECTION_URL, 'Talks')
}

export default async function TalksPage() {
  const { talks, publications } = await getContent()
  if (!talks?.length) return <SectionWithoutData url={SECTION_URL} />
  return (
    <article className="page">
      <SectionIntro title="Talks" page={await findPage(SECTION_URL)} />
      <TalkList talks={talks} publications={publications ?? []} />
    </article>
  )
}
