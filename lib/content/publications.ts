import fs from 'node:fs'
import path from 'node:path'
import type { Publication } from '@/lib/publications/model'
import { parseBibliography } from '@/lib/publications/parse'
import { readText } from './files'
import type { IssueList } from './issues'

/** Loads `publications.bib`; a site without one has no publications section. */
export function loadPublications(dir: string, issues: IssueList): Publication[] | undefined {
  const file = path.join(dir, 'publications.bib')
  if (!fs.existsSync(file)) return undefined
  const text = readText(file, issues)
  if (text === undefined) return undefined
  const { publications, problems } = parseBibliography(text)
  for (const p of problems) issues.error(file, p.message, p.line, p.column)
  return publications
}
