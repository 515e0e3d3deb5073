import Link from 'next/link'
import type { Project, Publication } from '@/lib/content'
import { searchBody } from '@/lib/search'
import { ExternalLink } from '../ExternalLink'
import { Prose } from '../Prose'
import { publicationPath } from '@/lib/publications/model'

/** A project's page: its description, its text, and its links, posts and papers. */
export function ProjectView({
  project: p,
  publications,
  postTitles,
}: {
  project: Project
  publications: Publication[]
  /** The titles of this site's posts, by URL. */
  postTitles: Map<string, string>
}) {
  const papers = p.publications.flatMap((key) => publications.filter((x) => x.key === key))
  return (
    <article className="page" {...searchBody('Projects')}>
      <h1 className="page-title">{p.title}</h1>
      <p className="meta">{p.description}</p>
      <Prose document={p.document} />
      {p.links.length > 0 && (
        <ul className="link-row" aria-label="Links">
          {p.links.map((l) => (
            <li key={l.url}>
              <ExternalLink href={l.url}>{l.title}</ExternalLink>
            </li>
          ))}
        </ul>
      )}
      {(p.posts.length > 0 || papers.length > 0) && (
        <section aria-labelledby="related">
          <h2 id="related">Related</h2>
          <ul>
            {p.posts.map((href) => (
              <li key={href}>
                Post: <ExternalLink href={href}>{postTitles.get(href) ?? href}</ExternalLink>
              </li>
            ))}
            {papers.map((x) => (
              <li key={x.key}>
                Paper: <Link href={publicationPath(x.key)}>{x.title}</Link> ({x.year})
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
