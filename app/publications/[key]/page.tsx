import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PublicationDetail } from '@/components/publications/PublicationDetail'
import { getContent, getPublications } from '@/lib/content'
import { jsonLd } from '@/lib/json-ld'
import { pageMetadata } from '@/lib/metadata'
import { highwireTags, scholarlyArticle } from '@/lib/publications/scholar'
import { atLeastOne } from '@/lib/routes'
import { absoluteUrl } from '@/lib/urls'
import { publicationPath } from '@/lib/publications/model'

type Params = { key: string }

export const dynamicParams = false

export async function generateStaticParams(): Promise<Params[]> {
  return atLeastOne(
    (await getPublications()).map((p) => ({ key: p.key })),
    { key: '404' },
  )
}

async function lookup(params: Promise<Params>) {
  const { key } = await params
  return (await getPublications()).find((p) => p.key === key)
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const p = await lookup(params)
  if (!p) return {}
  const { site } = await getContent()
  const description =
    p.abstract ??
    `${p.title}. ${p.authors.map((a) => `${a.given} ${a.family}`).join(', ')}. ${p.venue ?? ''} ${p.year}.`
  return {
    ...pageMetadata(site, {
      title: p.title,
      description,
      url: publicationPath(p.key),
      preview: true,
    }),
    other: highwireTags(p, (path) => absoluteUrl(site, path)),
  }
}

export default async function PublicationPage({ params }: { params: Promise<Params> }) {
  const p = await lookup(params)
  if (!p) notFound()
  const { site } = await getContent()
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: jsonLd(scholarlyArticle(p, absoluteUrl(site, publicationPath(p.key)))),
        }}
      />
      <PublicationDetail publication={p} self={site.publications.self} />
    </>
  )
}
