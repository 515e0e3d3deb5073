import type { ReactNode } from 'react'
import type { Page } from '@/lib/content'
import { searchBody } from '@/lib/search'
import { RecentPosts } from './posts/RecentPosts'
import { Prose } from './Prose'

/**
 * A content page: its title (or a header of its own, such as the home page's profile) and its body,
 * then the newest posts when its front matter asks for them (`recent_posts: N`), outside what
 * search indexes as the page.
 */
export function PageView({ page, header }: { page: Page; header?: ReactNode }) {
  return (
    <>
      <article className="page" {...searchBody('Pages')}>
        {header ?? <h1 className="page-title">{page.title}</h1>}
        <Prose document={page.document} />
      </article>
      <RecentPosts
        count={typeof page.data.recent_posts === 'number' ? page.data.recent_posts : undefined}
      />
    </>
  )
}
