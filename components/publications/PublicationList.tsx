import type { Author, Publication } from '@/lib/content'
import { groupByYear } from '@/lib/group'

function isSelf(author: Author, self: string[]): boolean {
  return self.some((name) => {
    const [family = '', given = ''] = name.split(',').map((s) => s.trim())
    if (family !== author.family) return false
    // "Gibson, P." matches "Gibson, Perry": compare by the initials the config gives.
    return given.endsWith('.')
      ? author.given.startsWith(given.slice(0, -1))
      : author.given === given
  })
}

function AuthorList({ authors, self }: { authors: Author[]; self: string[] }) {
  return authors.map((a, i) => {
    const name = `${a.given} ${a.family}`.trim()
    const sep =
      i === 0 ? '' : i === authors.length - 1 ? (authors.length > 2 ? ', and ' : ' and ') : ', '
    return (
      <span key={i}>
        {sep}
        {isSelf(a, self) ? <strong className="self">{name}</strong> : name}
      </span>
    )
  })
}

function links(p: Publication): { label: string; href: string }[] {
  return [
    p.pdf && { label: 'PDF', href: p.pdf },
    p.doi && { label: 'DOI', href: `https://doi.org/${p.doi}` },
    p.arxiv && { label: 'arXiv', href: `https://arxiv.org/abs/${p.arxiv}` },
    p.code && { label: 'Code', href: p.code },
    !p.doi && !p.pdf && p.url && { label: 'Paper', href: p.url },
  ].filter((l): l is { label: string; href: string } => Boolean(l))
}

export function PublicationList({
  publications,
  self,
}: {
  publications: Publication[]
  self: string[]
}) {
  return groupByYear(publications, (p) => p.year).map(([year, items]) => (
    <section key={year} aria-labelledby={`pubs-${year}`} className="year-group">
      <h2 id={`pubs-${year}`}>{year}</h2>
      <ul className="entry-list">
        {items.map((p) => (
          <li key={p.key} className="publication" id={p.key}>
            <p className="entry-title">{p.title}</p>
            <p className="authors">
              <AuthorList authors={p.authors} self={self} />
            </p>
            {p.venue && (
              <p className="venue">
                {p.venueShort && <span className="venue-short">{p.venueShort}</span>} {p.venue}
              </p>
            )}
            <ul className="link-row" aria-label={`Links for ${p.title}`}>
              {links(p).map((l) => (
                <li key={l.label}>
                  <a href={l.href}>{l.label}</a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  ))
}
