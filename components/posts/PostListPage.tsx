import Link from 'next/link'
import type { Page, Post } from '@/lib/content'
import { pagedTitle, type ListPage } from '@/lib/pagination'
import { Pagination } from '../Pagination'
import { SectionIntro } from '../SectionIntro'
import { PostList } from './PostList'

/** One page of a list of posts, with the pagination bar when the list has more than one. */
function PagedPosts({ page }: { page: ListPage<Post> }) {
  return (
    <>
      {/* A year nav on one page of many would list only that page's years, as if they were all. */}
      <PostList posts={page.items} yearNav={page.count === 1} />
      <Pagination listUrl={page.listUrl} page={page.number} count={page.count} />
    </>
  )
}

/**
 * A page of /posts/. The first carries the section's introduction; the others only its title
 * with their number, so the introduction is not repeated on every page.
 */
export function PostsSectionPage({ intro, page }: { intro?: Page; page: ListPage<Post> }) {
  return (
    <div className="page">
      {page.number === 1 ? (
        <SectionIntro title="Posts" page={intro} />
      ) : (
        <SectionIntro title={pagedTitle(intro?.title ?? 'Posts', page)} />
      )}
      <PagedPosts page={page} />
    </div>
  )
}

/** A page of one tag's posts: the tag, how many posts it has in all, and a link to every tag. */
export function TagPage({
  tag,
  total,
  page,
}: {
  tag: string
  total: number
  page: ListPage<Post>
}) {
  return (
    <div className="page">
      <h1 className="page-title">{pagedTitle(`Posts tagged #${tag}`, page)}</h1>
      <p>
        {total} {total === 1 ? 'post' : 'posts'}. <Link href="/tags/">All tags</Link>
      </p>
      <PagedPosts page={page} />
    </div>
  )
}
