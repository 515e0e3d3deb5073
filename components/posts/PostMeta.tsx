import type { Post } from '@/lib/content'
import { formatDay } from '@/lib/content/dates'

/** Date, update date and reading time of a post. */
export function PostMeta({ post }: { post: Post }) {
  return (
    <p className="meta">
      <time dateTime={post.date.day}>{formatDay(post.date)}</time>
      {post.updated && (
        <>
          {' · updated '}
          <time dateTime={post.updated.day}>{formatDay(post.updated)}</time>
        </>
      )}
      {!post.externalUrl && <> · {post.document.outline.readingMinutes} min read</>}
    </p>
  )
}
