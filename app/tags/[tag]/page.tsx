import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { TagPage } from '@/components/posts/PostListPage'
import { getContent } from '@/lib/content'
import { tagMetadata } from '@/lib/metadata'
import { tagListPage } from '@/lib/post-lists'
import { tagIndex } from '@/lib/posts'
import { atLeastOne } from '@/lib/routes'

type Params = { tag: string }

export const dynamicParams = false

export async function generateStaticParams(): Promise<Params[]> {
  const tags = tagIndex((await getContent()).posts)
  return atLeastOne(
    tags.map(({ slug }) => ({ tag: slug })),
    { tag: '404' },
  )
}

/** The first page of the tag's posts; the others are ./page/[page]/. */
async function lookup(params: Promise<Params>) {
  return tagListPage((await params).tag, 1)
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const entry = await lookup(params)
  return entry ? tagMetadata(entry) : {}
}

export default async function TagFirstPage({ params }: { params: Promise<Params> }) {
  const entry = await lookup(params)
  if (!entry) notFound()
  return <TagPage {...entry} />
}
