import type { Post } from '@/lib/content'
import { formatDay } from '@/lib/content/dates'
import { searchIgnore } from '@/lib/search'

/** Date, update date and reading time of a post (not part of search excerpts). */
export function PostMeta({ post }: { post: Post }) {
  return (
    <p className="meta" {...searchIgnore}>
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
