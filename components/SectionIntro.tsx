import type { Page } from '@/lib/content'
import { Prose } from './Prose'

/** A section's heading, with the author's introduction from the content page at its URL, if any. */
export function SectionIntro({ title, page }: { title: string; page?: Page }) {
  return (
    <header className="section-intro">
      <h1 className="page-title">{page?.title ?? title}</h1>
      {page && <Prose document={page.document} />}
    </header>
  )
}
