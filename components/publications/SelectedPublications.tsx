import Link from 'next/link'
import { publicationPath, type Publication } from '@/lib/publications/model'

/** The entries marked `selected = {true}`, for the About page. */
export function SelectedPublications({ publications }: { publications: Publication[] }) {
  const selected = publications.filter((p) => p.selected)
  if (!selected.length) return null
  return (
    <section aria-labelledby="selected-publications" className="selected-publications">
      <h2 id="selected-publications">Selected publications</h2>
      <ul className="entry-list">
        {selected.map((p) => (
          <li key={p.key}>
            <Link href={publicationPath(p.key)}>{p.title}</Link>{' '}
            <span className="meta">
              {p.venueShort ?? p.venue} {p.year}
            </span>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/publications/">All publications</Link>
      </p>
    </section>
  )
}
