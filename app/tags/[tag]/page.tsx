import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PostList } from '@/components/posts/PostList'
import { getContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { tagIndex, tagUrl } from '@/lib/posts'
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

async function lookup(params: Promise<Params>) {
  const { tag } = await params
  return tagIndex((await getContent()).posts).find((t) => t.slug === tag)
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const entry = await lookup(params)
  if (!entry) return {}
  return pageMetadata((await getContent()).site, {
    title: `Posts tagged #${entry.tag}`,
    description: `${entry.posts.length} posts about ${entry.tag}.`,
    url: tagUrl(entry.tag),
  })
}

export default async function TagPage({ params }: { params: Promise<Params> }) {
  const entry = await lookup(params)
  if (!entry) notFound()
  return (
    <div className="page">
      <h1 className="page-title">Posts tagged #{entry.tag}</h1>
      <p>
        {entry.posts.length} {entry.posts.length === 1 ? 'post' : 'posts'}.{' '}
        <Link href="/tags/">All tags</Link>
      </p>
      <PostList posts={entry.posts} />
    </div>
  )
}
