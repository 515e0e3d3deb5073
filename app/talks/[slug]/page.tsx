import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { TalkView } from '@/components/talks/TalkView'
import { getContent } from '@/lib/content'
import { jsonLd } from '@/lib/json-ld'
import { pageMetadata } from '@/lib/metadata'
import { atLeastOne } from '@/lib/routes'
import { talkEvent } from '@/lib/talks/structured-data'

type Params = { slug: string }

export const dynamicParams = false

export async function generateStaticParams(): Promise<Params[]> {
  const { talks = [] } = await getContent()
  return atLeastOne(
    talks.map((t) => ({ slug: t.slug })),
    { slug: '404' },
  )
}

async function lookup(params: Promise<Params>) {
  const { slug } = await params
  const content = await getContent()
  const talk = content.talks?.find((t) => t.slug === slug)
  const publication = talk && content.publications?.find((p) => p.key === talk.links.publication)
  return { content, talk, publication }
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { content, talk } = await lookup(params)
  if (!talk) return {}
  return pageMetadata(content.site, {
    title: talk.title,
    description:
      (talk.abstract ?? [talk.event, talk.place].filter(Boolean).join(', ')) || undefined,
    url: talk.url,
  })
}

export default async function TalkPage({ params }: { params: Promise<Params> }) {
  const { content, talk, publication } = await lookup(params)
  if (!talk) notFound()
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLd(talkEvent(content.site, talk)) }}
      />
      <TalkView talk={talk} publication={publication} />
    </>
  )
}
