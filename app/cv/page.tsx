import type { Metadata } from 'next'
import { SectionWithoutData } from '@/app/_section/without-data'
import { CvView } from '@/components/cv/CvView'
import { findPage, getContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

export async function generateMetadata(): Promise<Metadata> {
  const { site, cv } = await getContent()
  return pageMetadata(site, { title: 'CV', description: cv?.basics.summary, url: '/cv/' })
}

export default async function CvPage() {
  const { cv, publications, talks, site } = await getContent()
  if (!cv) return <SectionWithoutData url="/cv/" />
  return (
    <CvView
      cv={cv}
      publications={publications ?? []}
      talks={talks ?? []}
      self={site.publications.self}
      intro={await findPage('/cv/')}
    />
  )
}
