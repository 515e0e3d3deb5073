/**
 * What the search index (Pagefind, scripts/search-index.ts) reads from a page. Only elements with
 * these attributes are indexed, so lists that repeat other pages' text (the post list, tag pages,
 * publication filters) stay out of the results; the section is shown beside each result.
 */
export type SearchSection =
  | 'Pages'
  | 'Posts'
  | 'Publications'
  | 'Open source'
  | 'Talks'
  | 'CV'
  | 'News'
  | 'Projects'
  | 'Teaching'

export function searchBody(section: SearchSection) {
  return { 'data-pagefind-body': '', 'data-pagefind-meta': `section:${section}` }
}

/** For parts of an indexed page that are not its content: outlines, related links, BibTeX. */
export const searchIgnore = { 'data-pagefind-ignore': '' }
