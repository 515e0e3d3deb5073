import Link from 'next/link'
import type { Contribution, OpenSource, Post } from '@/lib/content'
import { groupByYear } from '@/lib/group'
import { ExternalLink } from './ExternalLink'
import { InlineCode } from './InlineCode'

function reference(c: Contribution): string {
  const n = String(c.number)
  return c.kind === 'patch' ? n : `${c.repo}#${n}`
}

/** Contributions to other projects by year, then the author's own projects with what each is. */
export function OpenSourceList({ oss, posts }: { oss: OpenSource; posts: Post[] }) {
  return (
    <>
      <section aria-labelledby="contributions">
        <h2 id="contributions">Contributions</h2>
        {groupByYear(oss.contributions, (c) => c.year).map(([year, items]) => (
          <section key={year} aria-labelledby={`contributions-${year}`} className="year-group">
            <h3 id={`contributions-${year}`}>{year}</h3>
            <ul className="entry-list">
              {items.map((c) => (
                <li key={c.url} className="oss-entry">
                  <span className="oss-project">{c.project}</span>{' '}
                  <ExternalLink href={c.url}>
                    <InlineCode text={c.title} />
                  </ExternalLink>{' '}
                  <span className="meta">{reference(c)}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      {oss.own_projects.length > 0 && (
        <section aria-labelledby="own-projects">
          <h2 id="own-projects">My own projects</h2>
          <ul className="entry-list project-list">
            {[...oss.own_projects]
              .sort((a, b) => b.year - a.year)
              .map((p) => (
                <li key={p.url} className="project">
                  <p className="entry-title">
                    <ExternalLink href={p.url}>{p.name}</ExternalLink>{' '}
                    <span className="meta">{p.year}</span>
                  </p>
                  {(p.about ?? p.description) && (
                    <p className="summary">{p.about ?? p.description}</p>
                  )}
                  {p.posts.length > 0 && (
                    <ul className="project-posts" aria-label={`Posts about ${p.name}`}>
                      {p.posts.map((path) => {
                        const post = posts.find((q) => q.url === path)
                        return (
                          <li key={path}>
                            <Link href={path}>{post?.title ?? path}</Link>
                          </li>
                        )
                      })}
                    </ul>
                  )}
                </li>
              ))}
          </ul>
        </section>
      )}
    </>
  )
}
