import { fullName } from './authors'
import type { Publication } from './model'
import { publicationPath } from '@/lib/publications/model'

/**
 * Google Scholar's Highwire Press tags for one publication, the tags that get a personal site's
 * papers indexed. `absolute` turns site paths into absolute URLs.
 */
export function highwireTags(
  p: Publication,
  absolute: (path: string) => string,
): Record<string, string | string[]> {
  const tags: Record<string, string | string[]> = {
    citation_title: p.title,
    citation_author: p.authors.map((a) => `${a.family}, ${a.given}`.replace(/, $/, '')),
    citation_publication_date: p.month
      ? `${p.year}/${String(p.month).padStart(2, '0')}`
      : String(p.year),
    citation_abstract_html_url: absolute(publicationPath(p.key)),
  }
  if (p.category === 'journal' && p.venue) tags.citation_journal_title = p.venue
  else if (p.category === 'thesis' && p.venue) tags.citation_dissertation_institution = p.venue
  else if (p.venue) tags.citation_conference_title = p.venue
  const [first, last] = (p.pages ?? '').split(/[-–]+/)
  if (first) tags.citation_firstpage = first
  if (last) tags.citation_lastpage = last
  if (p.volume) tags.citation_volume = p.volume
  if (p.publisher) tags.citation_publisher = p.publisher
  if (p.doi) tags.citation_doi = p.doi
  if (p.arxiv) tags.citation_arxiv_id = p.arxiv
  const pdf = p.pdf ?? (p.arxiv ? `https://arxiv.org/pdf/${p.arxiv}` : undefined)
  if (pdf) tags.citation_pdf_url = absolute(pdf)
  if (p.keywords.length) tags.citation_keywords = p.keywords.join('; ')
  return tags
}

/** schema.org structured data for one publication. */
export function scholarlyArticle(p: Publication, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': p.category === 'thesis' ? 'Thesis' : 'ScholarlyArticle',
    headline: p.title,
    name: p.title,
    url,
    author: p.authors.map((a) => ({ '@type': 'Person', name: fullName(a) })),
    datePublished: p.month ? `${p.year}-${String(p.month).padStart(2, '0')}` : String(p.year),
    ...(p.venue && {
      isPartOf: {
        '@type': p.category === 'journal' ? 'Periodical' : 'CreativeWork',
        name: p.venue,
      },
    }),
    ...(p.doi && {
      sameAs: `https://doi.org/${p.doi}`,
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: p.doi },
    }),
    ...(p.abstract && { abstract: p.abstract }),
    ...(p.keywords.length && { keywords: p.keywords.join(', ') }),
  }
}
