import Link from 'next/link'
import type { Post } from '@/lib/content'
import { groupByYear } from '@/lib/group'
import { PostMeta } from './PostMeta'

/** Posts grouped by year, newest first, each with its date, tags and summary. */
export function PostList({ posts }: { posts: Post[] }) {
  if (posts.length === 0) return <p>There are no posts yet.</p>
  return groupByYear(posts, (p) => Number(p.date.year)).map(([year, items]) => (
    <section key={year} aria-labelledby={`posts-${year}`} className="year-group">
      <h2 id={`posts-${year}`}>{year}</h2>
      <ul className="entry-list">
        {items.map((post) => (
          <li key={post.url} className="post-entry">
            <h3 className="entry-title">
              <Link href={post.url}>{post.title}</Link>
            </h3>
            <PostMeta post={post} />
            {post.description && <p className="summary">{post.description}</p>}
          </li>
        ))}
      </ul>
    </section>
  ))
}
