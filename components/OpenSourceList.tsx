import type { Contribution, OpenSource } from '@/lib/content'
import { groupByYear } from '@/lib/group'
import { ExternalLink } from './ExternalLink'
import { InlineCode } from './InlineCode'

function reference(c: Contribution): string {
  const n = String(c.number)
  return c.kind === 'patch' ? n : `${c.repo}#${n}`
}

export function OpenSourceList({ oss }: { oss: OpenSource }) {
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
          <ul className="entry-list">
            {[...oss.own_projects]
              .sort((a, b) => b.year - a.year)
              .map((p) => (
                <li key={p.url}>
                  <ExternalLink href={p.url}>{p.name}</ExternalLink>{' '}
                  <span className="meta">{p.year}</span>
                  {p.description && <> — {p.description}</>}
                </li>
              ))}
          </ul>
        </section>
      )}
    </>
  )
}
