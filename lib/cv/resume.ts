import type { Publication, Resume, SiteContent } from '@/lib/content'
import { formatPartialDate, partialDate } from '@/lib/content/partial-date'
import { absoluteUrl } from '@/lib/urls'
import { publicationPath } from '@/lib/publications/model'

export type ResumePublication = NonNullable<Resume['publications']>[number]

/** A publication of the .bib as JSON Resume writes one: title, venue, date, the page about it. */
function resumePublication(site: SiteContent['site'], p: Publication): ResumePublication {
  return {
    name: p.title,
    ...(p.venue && { publisher: p.venue }),
    releaseDate: p.month ? `${p.year}-${String(p.month).padStart(2, '0')}` : String(p.year),
    url: absoluteUrl(site, publicationPath(p.key)),
  }
}

/**
 * The CV as JSON Resume tools expect it (/cv.json): cv.yaml as written, with the publications
 * taken from publications.bib unless cv.yaml lists its own. Site paths become absolute URLs,
 * since the file is read away from the site.
 */
export function resumeJson(content: SiteContent): Resume | undefined {
  const { cv, site } = content
  if (!cv) return undefined
  const publications =
    cv.publications ?? content.publications?.map((p) => resumePublication(site, p))
  const absolute = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string' && (key === 'url' || key === 'image') && value.startsWith('/'))
      return absoluteUrl(site, value)
    if (Array.isArray(value)) return value.map((v) => absolute(v))
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, absolute(v, k)]))
    return value
  }
  return absolute({
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    ...cv,
    ...(publications?.length && { publications }),
  }) as Resume
}

/** "2019 – 2024", "2024 – present", "2024": a span as precise as its dates. */
export function dateSpan(start?: string, end?: string, ongoing = false): string | undefined {
  const show = (iso: string) => formatPartialDate(partialDate.parse(iso))
  if (start && end) return start === end ? show(start) : `${show(start)} – ${show(end)}`
  if (start) return ongoing ? `${show(start)} – present` : show(start)
  return end && show(end)
}
