import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostsSectionPage } from '@/components/posts/PostListPage'
import { findPage } from '@/lib/content'
import { sectionMetadata } from '@/lib/metadata'
import { postListPage, POSTS_URL } from '@/lib/post-lists'

export async function generateMetadata(): Promise<Metadata> {
  return sectionMetadata(POSTS_URL, 'Posts')
}

/** The first page of the post list; the others are app/posts/page/[page]/. */
export default async function PostsPage() {
  const page = await postListPage(1)
  if (!page) notFound()
  return <PostsSectionPage intro={await findPage(POSTS_URL)} page={page} />
}
