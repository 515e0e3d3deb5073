import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Bibliography, CitationStyle, Reference } from '@/lib/citations/model'
import { referenceHref } from '@/lib/citations/model'
import type { Publication } from '@/lib/publications/model'
import { parseBibliography } from '@/lib/publications/parse'
import { readText } from './files'
import { displayPath, type IssueList } from './issues'

/** The site-wide part of every post's bibliography: publications.bib and the citation style. */
export interface SiteBibliography {
  style: CitationStyle
  publications: Publication[]
  /** publications.bib's path, when the site has one. */
  file?: string
}

/**
 * What a post may cite: the site's publications.bib (whose entries link to their pages here)
 * and the post's own BibTeX: a folder post's `references.bib` and the files `bibliography:` in
 * its front matter names (relative to the post). For a key both have, the author's paper wins.
 * A .bib file with problems is reported like publications.bib.
 */
export function postBibliography(
  postFile: string,
  frontMatter: string[],
  site: SiteBibliography,
  issues: IssueList,
): Bibliography {
  const dir = path.dirname(postFile)
  const own = frontMatter.map((f) => path.resolve(dir, f))
  if (path.basename(postFile).startsWith('index.')) own.unshift(path.join(dir, 'references.bib'))
  if (!own.some((f) => fs.existsSync(f)) && !frontMatter.length) return siteOnly(site)
  const references: Record<string, Reference> = { ...siteOnly(site).references }
  const files = site.file ? [site.file] : []
  for (const file of own) {
    const named = frontMatter.length > 0 && file !== path.join(dir, 'references.bib')
    if (!fs.existsSync(file)) {
      if (named)
        issues.error(
          postFile,
          `bibliography "${displayPath(file)}" does not exist (expected a .bib file, relative to the post)`,
        )
      continue
    }
    files.push(file)
    const text = readText(file, issues)
    if (text === undefined) continue
    const { publications, problems } = parseBibliography(text)
    for (const p of problems) issues.error(file, p.message, p.line, p.column)
    for (const entry of publications)
      references[entry.key] ??= { entry, href: referenceHref(entry, false) }
  }
  return withDigest(site.style, references, files)
}

function withDigest(
  style: CitationStyle,
  references: Record<string, Reference>,
  files: string[],
): Bibliography {
  const shown = files.map(displayPath)
  const digest = createHash('sha256')
    .update(JSON.stringify([style, shown, references]))
    .digest('hex')
  return { style, references, files: shown, digest }
}

// Most posts cite only the site's papers: they share one bibliography (and one hash of it).
const shared = new WeakMap<SiteBibliography, Bibliography>()

function siteOnly(site: SiteBibliography): Bibliography {
  let bib = shared.get(site)
  if (!bib) {
    const references: Record<string, Reference> = {}
    for (const entry of site.publications)
      references[entry.key] = { entry, href: referenceHref(entry, true) }
    shared.set(site, (bib = withDigest(site.style, references, site.file ? [site.file] : [])))
  }
  return bib
}
