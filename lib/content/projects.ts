import path from 'node:path'
import { z } from 'zod'
import type { LiquidContext } from '@/lib/markdown/liquid'
import { prepareEntryDocument, type Document } from './documents'
import { listFiles, readText } from './files'
import { splitFrontMatter } from './front-matter'
import type { IssueList } from './issues'
import { linkUrl } from './links'
import { partialDate, comparePartialDates, type PartialDate } from './partial-date'
import type { SiteConfig } from './site'
import { validate } from './yaml'

/** May the body carry a `<script>`: the same rule as pages and posts (site.yaml `content.scripts`). */
const scripts = z.boolean().optional()

const projectSchema = z.strictObject({
  title: z.string().trim().min(1),
  description: z.string().trim().min(1),
  /** The card's picture: a path on this site or an https address. */
  image: linkUrl.optional(),
  /** Where the project lives (repository, demo, paper elsewhere). */
  links: z.array(z.strictObject({ title: z.string().trim().min(1), url: linkUrl })).default([]),
  /** Posts about it: their paths on this site. */
  posts: z.array(linkUrl).default([]),
  /** Papers about it: BibTeX keys of publications.bib. */
  publications: z.array(z.string().trim().min(1)).default([]),
  /** Cards are in ascending order, then by title (al-folio's `importance`). */
  order: z.number().default(100),
  scripts,
})

export interface Project extends z.output<typeof projectSchema> {
  file: string
  slug: string
  /** `/projects/<file name>/`. */
  url: string
  document: Document
}

/**
 * Loads `projects/*.md` (or .mdx): front matter for the card, the body for the project's page.
 * A site without the folder has no projects section.
 */
export async function loadProjects(
  dir: string,
  site: SiteConfig,
  liquid: Omit<LiquidContext, 'page'>,
  issues: IssueList,
  publicationKeys: ReadonlySet<string>,
): Promise<Project[] | undefined> {
  const files = listFiles(path.join(dir, 'projects'), ['.md', '.mdx'])
  if (!files.length) return undefined
  const projects: Project[] = []
  for (const file of files) {
    const fm = readFrontMatter(file, issues)
    const data = fm && validate(projectSchema, fm.parsed, file, issues, 'front matter')
    if (!fm || !data) continue
    data.publications.forEach((key, i) => {
      if (publicationKeys.has(key)) return
      const at = fm.parsed.positionOf(['publications', i])
      issues.error(
        file,
        `publications: no entry "${key}" in publications.bib (expected one of its BibTeX keys)`,
        at.line,
        at.column,
      )
    })
    const slug = path.basename(file).replace(/\.mdx?$/, '')
    const url = `/projects/${slug}/`
    const document = await prepareEntryDocument(file, fm, data, url, { site, liquid, issues })
    projects.push({ ...data, file: document.file, slug, url, document })
  }
  return projects.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
}

const courseSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** The term as shown (`Autumn 2023`); courses are grouped by it. */
  term: z.string().trim().min(1),
  /** When the term began, for the order of terms (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: partialDate,
  institution: z.string().trim().min(1).optional(),
  role: z.string().trim().min(1).optional(),
  url: linkUrl.optional(),
  scripts,
})

export interface Course extends Omit<z.output<typeof courseSchema>, 'date'> {
  date: PartialDate
  file: string
  document: Document
}

/** Loads `teaching/*.md`, newest term first; a site without the folder has no teaching section. */
export async function loadTeaching(
  dir: string,
  site: SiteConfig,
  liquid: Omit<LiquidContext, 'page'>,
  issues: IssueList,
): Promise<Course[] | undefined> {
  const files = listFiles(path.join(dir, 'teaching'), ['.md', '.mdx'])
  if (!files.length) return undefined
  const courses: Course[] = []
  for (const file of files) {
    const fm = readFrontMatter(file, issues)
    const data = fm && validate(courseSchema, fm.parsed, file, issues, 'front matter')
    if (!fm || !data) continue
    const document = await prepareEntryDocument(file, fm, data, '/teaching/', {
      site,
      liquid,
      issues,
    })
    courses.push({ ...data, file: document.file, document })
  }
  return courses.sort(
    (a, b) => comparePartialDates(a.date, b.date) || a.title.localeCompare(b.title),
  )
}

function readFrontMatter(file: string, issues: IssueList) {
  const text = readText(file, issues)
  return text === undefined ? undefined : splitFrontMatter(text, file, issues)
}
