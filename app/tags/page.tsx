import type { Metadata } from 'next'
import Link from 'next/link'
import { getContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { tagIndex, tagUrl } from '@/lib/posts'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata((await getContent()).site, {
    title: 'Tags',
    description: 'Posts by topic.',
    url: '/tags/',
  })
}

export default async function TagsPage() {
  const tags = tagIndex((await getContent()).posts)
  return (
    <div className="page">
      <h1 className="page-title">Tags</h1>
      {tags.length === 0 ? (
        <p>No post has tags yet.</p>
      ) : (
        <ul className="tag-cloud">
          {tags.map(({ tag, posts }) => (
            <li key={tag}>
              <Link href={tagUrl(tag)}>
                #{tag} <span className="count">({posts.length})</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
