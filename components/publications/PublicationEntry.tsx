import Link from 'next/link'
import { CopyControl } from '@/components/copy/CopyControl'
import type { Publication } from '@/lib/publications/model'
import { ExternalLink } from '../ExternalLink'
import { AuthorList } from './AuthorList'

export function Venue({ publication: p }: { publication: Publication }) {
  if (!p.venue && !p.venueShort) return null
  return (
    <p className="venue">
      {p.venueShort && <span className="venue-short">{p.venueShort}</span>} {p.venue}
    </p>
  )
}

export function LinkRow({ publication: p }: { publication: Publication }) {
  if (!p.links.length) return null
  return (
    <ul className="link-row" aria-label={`Links for “${p.title}”`}>
      {p.links.map((l) => (
        <li key={l.label}>
          <ExternalLink href={l.href}>{l.label}</ExternalLink>
        </li>
      ))}
    </ul>
  )
}

export function Labels({ publication: p }: { publication: Publication }) {
  if (!p.badges.length && !p.award) return null
  return (
    <ul className="labels" aria-label="Recognition">
      {p.award && <li className="label label-award">{p.award}</li>}
      {p.badges.map((b) => (
        <li key={b} className="label">
          {b}
        </li>
      ))}
    </ul>
  )
}

export function BibtexBlock({ publication: p }: { publication: Publication }) {
  return (
    <>
      <pre tabIndex={0}>
        <code>{p.bibtex}</code>
      </pre>
      <CopyControl label="Copy BibTeX" />
    </>
  )
}

/** Who wrote it, where it appeared, its recognition and its links: the same in lists and on its page. */
export function CitationDetails({
  publication: p,
  self,
}: {
  publication: Publication
  self: readonly string[]
}) {
  return (
    <>
      <p className="authors">
        <AuthorList authors={p.authors} self={self} />
      </p>
      <Venue publication={p} />
      <Labels publication={p} />
      <LinkRow publication={p} />
    </>
  )
}

/** One publication in a list: the citation, its links and labels, and two disclosures. */
export function PublicationEntry({
  publication: p,
  self,
}: {
  publication: Publication
  self: readonly string[]
}) {
  return (
    <li className="publication" id={p.key}>
      <p className="entry-title">
        <Link href={`/publications/${p.key}/`}>{p.title}</Link>
      </p>
      <CitationDetails publication={p} self={self} />
      {p.abstract && (
        <details>
          <summary>Abstract</summary>
          <p>{p.abstract}</p>
        </details>
      )}
      <details>
        <summary>BibTeX</summary>
        <BibtexBlock publication={p} />
      </details>
    </li>
  )
}
