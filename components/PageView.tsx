import type { Page } from '@/lib/content'
import { searchBody } from '@/lib/search'
import { Prose } from './Prose'

/** A content page: its title and its rendered body. */
export function PageView({ page }: { page: Page }) {
  return (
    <article className="page" {...searchBody('Pages')}>
      <h1 className="page-title">{page.title}</h1>
      <Prose document={page.document} />
    </article>
  )
}
