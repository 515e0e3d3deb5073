import Link from 'next/link'
import type { ReactNode } from 'react'
import { CopyControl } from '@/components/copy/CopyControl'
import { THESIS_KINDS } from '@/lib/publications/latex'
import { publicationPath, type Publication } from '@/lib/publications/model'
import { searchIgnore } from '@/lib/search'
import { ExternalLink } from '../ExternalLink'
import { AuthorList } from './AuthorList'

/** Where it appeared; a thesis says which kind of thesis it is ("PhD thesis, University of …"). */
export function Venue({ publication: p }: { publication: Publication }) {
  const kind = THESIS_KINDS[p.type]
  if (!p.venue && !p.venueShort && !kind) return null
  return (
    <p className="venue">
      {kind && (
        <span className="venue-short">
          {kind}
          {p.venue && ','}
        </span>
      )}
      {p.venueShort && <span className="venue-short">{p.venueShort}</span>} {p.venue}
    </p>
  )
}

/**
 * The publication's links as a row of small buttons (PDF, DOI, arXiv, Code, Slides), followed by
 * any disclosures the list adds (Abstract, BibTeX). Not part of search excerpts.
 */
export function LinkRow({
  publication: p,
  children,
}: {
  publication: Publication
  children?: ReactNode
}) {
  if (!p.links.length && !children) return null
  return (
    <ul className="link-row pub-actions" aria-label={`Links for “${p.title}”`} {...searchIgnore}>
      {p.links.map((l) => (
        <li key={l.label}>
          <ExternalLink href={l.href} className="pub-button">
            {l.label}
          </ExternalLink>
        </li>
      ))}
      {children}
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

/** The entry's BibTeX in a block titled like a code block, with its copy button in the title bar. */
export function BibtexBlock({ publication: p }: { publication: Publication }) {
  return (
    <figure className="code-block bibtex-block">
      <figcaption className="code-title">{p.key}.bib</figcaption>
      <pre tabIndex={0}>
        <code>{p.bibtex}</code>
      </pre>
      <CopyControl label="Copy BibTeX" className="code-tools" />
    </figure>
  )
}

/** Who wrote it, where it appeared, its recognition and its links: the same in lists and on its page. */
export function CitationDetails({
  publication: p,
  self,
  children,
}: {
  publication: Publication
  self: readonly string[]
  /** More entries for the row of links (the list's Abstract and BibTeX disclosures). */
  children?: ReactNode
}) {
  return (
    <>
      <p className="authors">
        <AuthorList authors={p.authors} self={self} />
      </p>
      <Venue publication={p} />
      <Labels publication={p} />
      <LinkRow publication={p}>{children}</LinkRow>
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
        <Link href={publicationPath(p.key)}>{p.title}</Link>
      </p>
      <CitationDetails publication={p} self={self}>
        {p.abstract && (
          <li className="pub-disclosure">
            <details>
              <summary className="pub-button">Abstract</summary>
              <p className="abstract">{p.abstract}</p>
            </details>
          </li>
        )}
        <li className="pub-disclosure">
          <details>
            <summary className="pub-button">BibTeX</summary>
            <BibtexBlock publication={p} />
          </details>
        </li>
      </CitationDetails>
    </li>
  )
}
