import Link from 'next/link'
import { getContent } from '@/lib/content'
import { PostEntry } from './PostList'

/**
 * The newest `count` posts: under a page's own text, for a page whose front matter asks for them
 * with `recent_posts: N` (as a Jekyll home page that listed the site's posts does once imported),
 * and on a home page without a page of its own. Nothing when the site has no posts.
 */
export async function RecentPosts({ count }: { count: number | undefined }) {
  if (typeof count !== 'number') return null
  const { posts } = await getContent()
  if (posts.length === 0) return null
  return (
    <section aria-labelledby="recent-posts" className="recent-posts">
      <h2 id="recent-posts">Recent posts</h2>
      <ul className="entry-list">
        {posts.slice(0, count).map((post) => (
          <PostEntry key={post.url} post={post} />
        ))}
      </ul>
      {posts.length > count && (
        <p>
          <Link href="/posts/">All posts</Link>
        </p>
      )}
    </section>
  )
}
