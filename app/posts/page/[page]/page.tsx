import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostsSectionPage } from '@/components/posts/PostListPage'
import { findPage, getContent } from '@/lib/content'
import { sectionMetadata } from '@/lib/metadata'
import { pageParam } from '@/lib/pagination'
import { postListPage, postListPages, POSTS_URL } from '@/lib/post-lists'
import { atLeastOne } from '@/lib/routes'

type Params = { page: string }

// Only the pages the posts fill; the first is /posts/ itself, never /posts/page/1/.
export const dynamicParams = false

export async function generateStaticParams(): Promise<Params[]> {
  const { site, posts } = await getContent()
  const pages = postListPages(posts, site.posts.per_page).slice(1)
  return atLeastOne(
    pages.map((p) => ({ page: String(p.number) })),
    { page: '404' },
  )
}

/** The page at the route's number; shared by the page and its metadata. */
async function lookup(params: Promise<Params>) {
  const number = pageParam((await params).page)
  return number === undefined ? undefined : postListPage(number)
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const page = await lookup(params)
  return page ? sectionMetadata(POSTS_URL, 'Posts', page) : {}
}

export default async function PostsLaterPage({ params }: { params: Promise<Params> }) {
  const page = await lookup(params)
  if (!page) notFound()
  return <PostsSectionPage intro={await findPage(POSTS_URL)} page={page} />
}
