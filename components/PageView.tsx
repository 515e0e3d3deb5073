import type { Page } from '@/lib/content'
import { Prose } from './Prose'

/** A content page: its title and its rendered body. */
export function PageView({ page }: { page: Page }) {
  return (
    <article className="page">
      <h1 className="page-title">{page.title}</h1>
      <Prose document={page.document} />
    </article>
  )
}
