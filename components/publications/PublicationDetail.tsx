import Link from 'next/link'
import { filterUrl } from '@/lib/publications/filters'
import {
  publicationBibPath,
  CATEGORIES,
  keywordSlug,
  publicationDate,
  type Publication,
} from '@/lib/publications/model'
import { searchBody, searchIgnore } from '@/lib/search'
import { url } from '@/lib/urls'
import { BibtexBlock, CitationDetails } from './PublicationEntry'

/** Everything about one publication, on its own page. */
export function PublicationDetail({
  publication: p,
  self,
}: {
  publication: Publication
  self: readonly string[]
}) {
  return (
    <article className="page publication-detail" {...searchBody('Publications')}>
      <p className="meta" {...searchIgnore}>
        <Link href={filterUrl({ kind: 'type', category: p.category })}>
          {CATEGORIES[p.category]}
        </Link>{' '}
        · {publicationDate(p)}
      </p>
      <h1 className="page-title">{p.title}</h1>
      <CitationDetails publication={p} self={self} />
      {p.abstract && (
        <section aria-labelledby="abstract">
          <h2 id="abstract">Abstract</h2>
          <p>{p.abstract}</p>
        </section>
      )}
      <section aria-labelledby="cite" {...searchIgnore}>
        <h2 id="cite">Cite</h2>
        <BibtexBlock publication={p} />
        <p>
          <a href={url(publicationBibPath(p.key))} download>
            Download {p.key}.bib
          </a>
        </p>
      </section>
      {p.keywords.length > 0 && (
        <section aria-labelledby="topics">
          <h2 id="topics" {...searchIgnore}>
            Topics
          </h2>
          <ul className="link-row">
            {p.keywords.map((k) => (
              <li key={k}>
                <Link href={filterUrl({ kind: 'keyword', slug: keywordSlug(k) })}>{k}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p {...searchIgnore}>
        <Link href="/publications/">All publications</Link>
      </p>
    </article>
  )
}
