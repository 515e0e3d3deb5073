import { publicationPath, type Publication } from '@/lib/publications/model'

/** How citations read in the text: `[1]` or `(Gibson et al., 2023)`; `citations.style` in site.yaml. */
export type CitationStyle = 'numbered' | 'author-year'

export interface Reference {
  /** The entry, parsed (and its LaTeX decoded) as /publications/ parses the site's own BibTeX. */
  entry: Publication
  /** Where the entry in the reference list leads: the author's paper's own page, else DOI or URL. */
  href?: string
}

/** Everything a post may cite, and where it was looked for (for the unknown-key error). */
export interface Bibliography {
  style: CitationStyle
  references: Record<string, Reference>
  /** The .bib files searched, as the author would name them (relative to the project). */
  files: string[]
  /** A hash of all of the above, for the document cache's key. */
  digest: string
}

/** The page an entry of the site's own publications.bib has, or else its DOI or URL. */
export function referenceHref(entry: Publication, ownPaper: boolean): string | undefined {
  if (ownPaper) return publicationPath(entry.key)
  if (entry.doi) return `https://doi.org/${entry.doi}`
  if (entry.arxiv) return `https://arxiv.org/abs/${entry.arxiv}`
  return entry.url
}
