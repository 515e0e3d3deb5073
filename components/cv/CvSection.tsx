import type { ReactNode } from 'react'
import { ExternalLink } from '../ExternalLink'

/** One section of the CV (Work, Education, ...), shown only when it has entries. */
export function CvSection({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: ReactNode[]
}) {
  if (!children.length) return null
  return (
    <section aria-labelledby={`cv-${id}`} className="cv-section">
      <h2 id={`cv-${id}`}>{title}</h2>
      <ul className="cv-entries">{children}</ul>
    </section>
  )
}

/** An entry: what (linked when it has an address), where or in what role, when, and the detail. */
export function CvEntry({
  title,
  url,
  subtitle,
  when,
  children,
}: {
  title: string
  url?: string
  subtitle?: ReactNode
  when?: string
  children?: ReactNode
}) {
  return (
    <li className="cv-entry">
      <p className="cv-entry-head">
        <span className="cv-entry-title">
          {url ? <ExternalLink href={url}>{title}</ExternalLink> : title}
        </span>
        {when && <span className="cv-when">{when}</span>}
      </p>
      {subtitle && <p className="cv-subtitle">{subtitle}</p>}
      {children}
    </li>
  )
}

/** A summary paragraph and a list of highlights, as most JSON Resume entries carry. */
export function CvDetail({ summary, highlights }: { summary?: string; highlights?: string[] }) {
  return (
    <>
      {summary && <p>{summary}</p>}
      {highlights && highlights.length > 0 && (
        <ul>
          {highlights.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      )}
    </>
  )
}
