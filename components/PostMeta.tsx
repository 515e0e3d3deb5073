import type { Post } from '@/lib/content'
import { formatDay } from '@/lib/content/dates'

/** Date and tags of a post, as shown in lists and on the post itself. */
export function PostMeta({ post }: { post: Post }) {
  return (
    <p className="meta">
      <time dateTime={post.date.day}>{formatDay(post.date)}</time>
      {post.tags.length > 0 && (
        <>
          {' · '}
          <span className="visually-hidden">Tags: </span>
          {post.tags.join(', ')}
        </>
      )}
    </p>
  )
}
