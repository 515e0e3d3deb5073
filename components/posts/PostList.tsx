import Link from 'next/link'
import type { Post } from '@/lib/content'
import { groupByYear } from '@/lib/group'
import { postHref, postSummary } from '@/lib/posts'
import { PostMeta } from './PostMeta'
import { TagList } from './TagList'

/** One post in a list: its title (a link), date, reading time, summary and tags. */
export function PostEntry({ post }: { post: Post }) {
  const summary = postSummary(post)
  return (
    <li className="post-entry">
      <h3 className="entry-title">
        {post.externalUrl ? (
          <a href={post.externalUrl}>
            {post.title}{' '}
            <span className="external-note">(on {new URL(post.externalUrl).hostname})</span>
          </a>
        ) : (
          <Link href={postHref(post)}>{post.title}</Link>
        )}
      </h3>
      <PostMeta post={post} />
      {summary && <p className="summary">{summary}</p>}
      <TagList tags={post.tags} />
    </li>
  )
}

/**
 * Posts grouped by year, newest first, each with its date, reading time, summary and tags. With
 * `yearNav` (the default), more than three years get a row of links to each year's heading.
 */
export function PostList({
  posts,
  headingLevel = 2,
  yearNav = true,
}: {
  posts: Post[]
  headingLevel?: 2 | 3
  yearNav?: boolean
}) {
  if (posts.length === 0) return <p>There are no posts yet.</p>
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const years = groupByYear(posts, (p) => Number(p.date.year))
  return (
    <>
      {yearNav && years.length > 3 && (
        <nav aria-label="Years" className="year-nav">
          <ul className="filter-list">
            {years.map(([year]) => (
              <li key={year}>
                <a href={`#posts-${year}`}>{year}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {years.map(([year, items]) => (
        <section key={year} aria-labelledby={`posts-${year}`} className="year-group">
          <Heading id={`posts-${year}`}>{year}</Heading>
          <ul className="entry-list">
            {items.map((post) => (
              <PostEntry key={post.url} post={post} />
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
