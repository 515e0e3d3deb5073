import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageView } from '@/components/PageView'
import { SelectedPublications } from '@/components/publications/SelectedPublications'
import { findPage, getPublications, getSite } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

export async function generateMetadata(): Promise<Metadata> {
  const page = await findPage('/')
  const meta = pageMetadata(await getSite(), { description: page?.description, url: '/' })
  // The home page keeps the site's own title rather than "About · …".
  return { ...meta, title: { absolute: (await getSite()).title } }
}

export default async function HomePage() {
  const page = await findPage('/')
  if (!page) notFound()
  return (
    <>
      <PageView page={page} />
      <SelectedPublications publications={await getPublications()} />
    </>
  )
}
