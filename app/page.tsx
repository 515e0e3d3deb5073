import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { NewsStrip } from '@/components/news/NewsStrip'
import { Profile } from '@/components/home/Profile'
import { PageView } from '@/components/PageView'
import { SelectedPublications } from '@/components/publications/SelectedPublications'
import { findPage, getPublications, getSite } from '@/lib/content'
import { jsonLd } from '@/lib/json-ld'
import { pageMetadata } from '@/lib/metadata'
import { person } from '@/lib/structured-data'

export async function generateMetadata(): Promise<Metadata> {
  const page = await findPage('/')
  const meta = pageMetadata(await getSite(), { description: page?.description, url: '/' })
  // The home page keeps the site's own title rather than "About · …".
  return { ...meta, title: { absolute: (await getSite()).title } }
}

export default async function HomePage() {
  const page = await findPage('/')
  if (!page) notFound()
  const site = await getSite()
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLd(person(site)) }}
      />
      <PageView page={page} header={<Profile site={site} />} />
      <NewsStrip />
      <SelectedPublications publications={await getPublications()} />
    </>
  )
}
