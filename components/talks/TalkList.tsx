import Link from 'next/link'
import type { Publication, Talk } from '@/lib/content'
import { groupByYear } from '@/lib/group'
import { TalkLinks } from './TalkLinks'
import { TalkMeta } from './TalkMeta'

/** Every talk, newest year first, each with its links. */
export function TalkList({ talks, publications }: { talks: Talk[]; publications: Publication[] }) {
  const paper = (t: Talk) => publications.find((p) => p.key === t.links.publication)
  return groupByYear(talks, (t) => t.date.year).map(([year, items]) => (
    <section key={year} aria-labelledby={`talks-${year}`} className="year-group">
      <h2 id={`talks-${year}`}>{year}</h2>
      <ul className="entry-list">
        {items.map((t) => (
          <li key={t.slug} className="talk">
            <p className="entry-title">
              <Link href={t.url}>{t.title}</Link>
            </p>
            <TalkMeta talk={t} />
            <TalkLinks talk={t} publication={paper(t)} />
          </li>
        ))}
      </ul>
    </section>
  ))
}
