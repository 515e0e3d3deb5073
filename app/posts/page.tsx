import type { Metadata } from 'next'
import { PostList } from '@/components/posts/PostList'
import { SectionIntro } from '@/components/SectionIntro'
import { findPage, getContent } from '@/lib/content'
import { sectionMetadata } from '@/lib/metadata'

const SECTION_URL = '/posts/'

export async function generateMetadata(): Promise<Metadata> {
  return sectionMetadata(SECTION_URL, 'Posts')
}

export default async function PostsPage() {
  const { posts } = await getContent()
  return (
    <div className="page">
      <SectionIntro title="Posts" page={await findPage(SECTION_URL)} />
      <PostList posts={posts} />
    </div>
  )
}
