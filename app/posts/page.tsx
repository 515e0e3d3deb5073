import type { Metadata } from 'next'
import { PostList } from '@/components/PostList'
import { SectionIntro } from '@/components/SectionIntro'
import { findPage, getContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

const URL = '/posts/'

export async function generateMetadata(): Promise<Metadata> {
  const page = await findPage(URL)
  return pageMetadata((await getContent()).site, {
    title: page?.title ?? 'Posts',
    description: page?.description,
    url: URL,
  })
}

export default async function PostsPage() {
  const { posts } = await getContent()
  return (
    <div className="page">
      <SectionIntro title="Posts" page={await findPage(URL)} />
      <PostList posts={posts} />
    </div>
  )
}
