import type { ReactNode } from 'react'
import {
  EXTERNAL_LINK_CLASS,
  EXTERNAL_LINK_NOTE,
  isExternalUrl,
} from '@/lib/markdown/external-links'
import { searchIgnore } from '@/lib/search'

/** A link in the site's chrome, marked as lib/markdown/external-links.ts marks content links. */
export function ExternalLink({
  href,
  rel,
  className,
  children,
}: {
  href: string
  rel?: string
  className?: string
  children: ReactNode
}) {
  if (!isExternalUrl(href))
    return (
      <a href={href} rel={rel} className={className}>
        {children}
      </a>
    )
  return (
    <a href={href} rel={rel} className={[EXTERNAL_LINK_CLASS, className].filter(Boolean).join(' ')}>
      {children}
      <span className="visually-hidden" {...searchIgnore}>
        {EXTERNAL_LINK_NOTE}
      </span>
    </a>
  )
}
