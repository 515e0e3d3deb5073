import fs from 'node:fs'
import path from 'node:path'
import { lineColumnAt } from '@/lib/markdown/positions'
import type { Publication } from '@/lib/publications/model'
import { parseBibliography } from '@/lib/publications/parse'
import { scriptUrlProblem } from '@/lib/url-safety'
import { readText } from './files'
import type { IssueList } from './issues'

// The fields that become links on the publications page (lib/publications/parse.ts, linksOf).
const URL_FIELDS = {
  url: 'Paper',
  pdf: 'PDF',
  code: 'Code',
  slides: 'Slides',
  video: 'Video',
  poster: 'Poster',
}

/** Loads `publications.bib`; a site without one has no publications section. */
export function loadPublications(dir: string, issues: IssueList): Publication[] | undefined {
  const file = path.join(dir, 'publications.bib')
  if (!fs.existsSync(file)) return undefined
  const text = readText(file, issues)
  if (text === undefined) return undefined
  const { publications, problems } = parseBibliography(text)
  for (const p of problems) issues.error(file, p.message, p.line, p.column)
  for (const p of publications) checkLinks(p, text, file, issues)
  return publications
}

/** A script URL in a link field is an error at the field's line. */
function checkLinks(p: Publication, text: string, file: string, issues: IssueList): void {
  const start = Math.max(text.indexOf(`{${p.key},`), 0)
  for (const [field, label] of Object.entries(URL_FIELDS)) {
    const value =
      field === 'url'
        ? p.url
        : field === 'pdf'
          ? p.pdf
          : p.links.find((l) => l.label === label)?.href
    const problem = value && scriptUrlProblem(`BibTeX field ${field}`, value)
    if (!problem) continue
    const written = new RegExp(`\\b${field}\\s*=`, 'i').exec(text.slice(start))
    const at = lineColumnAt(text, start + (written?.index ?? 0))
    issues.error(file, problem, at.line, at.column)
  }
}
