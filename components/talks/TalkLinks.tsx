import Link from 'next/link'
import type { Publication, Talk } from '@/lib/content'
import { ExternalLink } from '../ExternalLink'
import { publicationPath } from '@/lib/publications/model'

/** A talk's slides, recording, event page, post and paper, as a row of links. */
export function TalkLinks({ talk, publication }: { talk: Talk; publication?: Publication }) {
  const { links } = talk
  const items: [label: string, href: string][] = []
  if (links.slides) items.push(['Slides', links.slides])
  if (links.video) items.push(['Recording', links.video])
  if (links.event) items.push(['Event', links.event])
  if (links.post) items.push(['Post', links.post])
  if (!items.length && !publication) return null
  return (
    <ul className="link-row" aria-label={`Links for “${talk.title}”`}>
      {items.map(([label, href]) => (
        <li key={label}>
          <ExternalLink href={href}>{label}</ExternalLink>
        </li>
      ))}
      {publication && (
        <li>
          <Link href={publicationPath(publication.key)}>Paper</Link>
        </li>
      )}
    </ul>
  )
}
