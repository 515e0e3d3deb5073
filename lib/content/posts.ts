import path from 'node:path'
import { z } from 'zod'
import type { LiquidContext } from '@/lib/markdown/liquid'
import { parseContentDate, type ContentDate } from './dates'
import { prepareDocument, type Document } from './documents'
import { listFiles, readText } from './files'
import { splitFrontMatter } from './front-matter'
import type { IssueList } from './issues'
import { normalisePermalink } from './permalink'
import { validate } from './yaml'

// `tags` may be a list or, as Jekyll allows, one space-separated string. Unknown keys are kept.
const tags = z.union(
  [z.array(z.union([z.string(), z.number()]).transform(String)), z.string().transform((s) => s.split(/\s+/).filter(Boolean))],
  { error: 'expected a list of tags or a space-separated string' },
)

const postSchema = z.looseObject({
  title: z.string().min(1),
  date: z.union([z.string(), z.date().transform((d) => d.toISOString())]).optional(),
  description: z.string().optional(),
  tags: tags.default([]),
  draft: z.boolean().default(false),
  permalink: z.string().optional(),
})

export interface Post {
  file: string
  slug: string
  title: string
  date: ContentDate
  description?: string
  tags: string[]
  draft: boolean
  url: string
  /** Where the URL comes from (the permalink or date line), for duplicate-URL messages. */
  urlAt: { line: number; column: number }
  document: Document
}

const POST_NAME = /^(\d{4}-\d{2}-\d{2})-(.+?)(?:\/index)?\.mdx?$/

/** Fills a Jekyll-style permalink pattern (`/blog/:year/:month/:day/:title/`) for one post. */
export function expandPostPermalink(pattern: string, date: ContentDate, slug: string): string {
  const values: Record<string, string> = { year: date.year, month: date.month, day: date.dayOfMonth, title: slug, slug }
  return pattern.replace(/:(year|month|day|title|slug)/g, (_, key: string) => values[key] ?? '')
}

/**
 * Loads `<content>/posts/YYYY-MM-DD-slug.md(x)` and `YYYY-MM-DD-slug/index.md(x)`. Drafts and posts
 * dated in the future are dropped unless `includeDrafts`; this is the only place that decides.
 */
export async function loadPosts(
  dir: string,
  options: { permalink: string; includeDrafts: boolean; now: Date },
  liquid: Omit<LiquidContext, 'page'>,
  issues: IssueList,
): Promise<Post[]> {
  const root = path.join(dir, 'posts')
  const posts: Post[] = []
  for (const file of listFiles(root, ['.md', '.mdx'])) {
    const rel = path.relative(root, file).split(path.sep).join('/')
    const name = POST_NAME.exec(rel)
    if (!name || (rel.includes('/') && !rel.endsWith('/index.md') && !rel.endsWith('/index.mdx'))) {
      issues.error(file, `post file name "${rel}" does not follow the pattern (expected YYYY-MM-DD-slug.md, .mdx, or YYYY-MM-DD-slug/index.md)`)
      continue
    }
    const [, fileDay = '', slug = ''] = name
    if (!/^[\w.-]+$/.test(slug)) {
      issues.error(file, `post slug "${slug}" may only contain letters, digits, ".", "_" and "-"`)
      continue
    }
    const text = readText(file, issues)
    const fm = text === undefined ? undefined : splitFrontMatter(text, file, issues)
    const data = fm && validate(postSchema, fm.parsed, file, issues, 'front matter')
    if (!fm || !data) continue
    const date = parseContentDate(data.date ?? fileDay)
    if ('error' in date) {
      const at = fm.parsed.positionOf(['date'])
      issues.error(file, `date: ${date.error}`, at.line, at.column)
      continue
    }
    if (!options.includeDrafts && (data.draft || date.instant > options.now)) continue
    const permalink = normalisePermalink(data.permalink ?? expandPostPermalink(options.permalink, date, slug))
    const urlAt = fm.parsed.positionOf([data.permalink ? 'permalink' : 'date'])
    if ('error' in permalink) {
      issues.error(file, permalink.error, urlAt.line, urlAt.column)
      continue
    }
    const document = await prepareDocument(file, fm.body, fm.bodyLine, { ...liquid, page: { ...data, url: permalink.url, date: date.day } }, issues)
    posts.push({ file: document.file, slug, title: data.title, date, description: data.description, tags: data.tags, draft: data.draft, url: permalink.url, urlAt, document })
  }
  return posts.sort((a, b) => b.date.instant.getTime() - a.date.instant.getTime() || a.slug.localeCompare(b.slug))
}
