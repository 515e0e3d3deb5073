import path from 'node:path'
import { z } from 'zod'
import type { LiquidContext } from '@/lib/markdown/liquid'
import { prepareEntryDocument, type Document } from './documents'
import { listFiles, readText } from './files'
import { splitFrontMatter } from './front-matter'
import type { IssueList } from './issues'
import { normalisePermalink } from './permalink'
import { collectRedirects, type Redirect } from './redirects'
import type { SiteConfig } from './site'
import { validate } from './yaml'

// Jekyll's page keys (layout, exclude) are accepted as they are; unknown keys are kept.
const pageSchema = z.looseObject({
  title: z.string().min(1),
  description: z.string().optional(),
  permalink: z.string().optional(),
  layout: z.string().optional(),
  exclude: z.boolean().optional(),
  redirect_from: z.union([z.string().transform((s) => [s]), z.array(z.string())]).default([]),
  scripts: z.boolean().optional(),
  // The newest N posts under the page's text (a Jekyll home page that listed posts, imported).
  recent_posts: z.number().int().min(1).max(100).optional(),
})

export interface Page {
  /** Path of the source file, relative to the working directory. */
  file: string
  title: string
  description?: string
  /** Canonical site path, with leading and trailing slash. */
  url: string
  /** Where the URL comes from (the permalink line), for duplicate-URL messages. */
  urlAt: { line: number; column: number }
  document: Document
  data: Record<string, unknown>
  /** Old addresses (`redirect_from`, e.g. Jekyll's `/about.html`) that send visitors here. */
  redirects: Redirect[]
}

/**
 * Loads every Markdown/MDX page under `<content>/pages/`. A page is served at its `permalink`,
 * or else at its path inside `pages/` (`pages/talks/index.md` → `/talks/`).
 */
export async function loadPages(
  dir: string,
  site: SiteConfig,
  liquid: Omit<LiquidContext, 'page'>,
  issues: IssueList,
): Promise<Page[]> {
  const pages: Page[] = []
  for (const file of listFiles(path.join(dir, 'pages'), ['.md', '.mdx'])) {
    const text = readText(file, issues)
    if (text === undefined) continue
    const fm = splitFrontMatter(text, file, issues)
    if (!fm) continue
    const data = validate(pageSchema, fm.parsed, file, issues, 'front matter')
    if (!data) continue
    const urlAt = fm.parsed.positionOf(['permalink'])
    const url = contentPageUrl(file, dir, data.permalink, urlAt, issues)
    if (!url) continue
    const document = await prepareEntryDocument(file, fm, data, url, { site, liquid, issues })
    const redirects = collectRedirects(
      data.redirect_from,
      url,
      file,
      fm.parsed.positionOf(['redirect_from']),
      issues,
    )
    pages.push({
      file: document.file,
      title: data.title,
      description: data.description,
      url,
      urlAt,
      document,
      data,
      redirects,
    })
  }
  return pages
}

/** A content page's URL: its `permalink`, else its path under pages/ (`pages/cv/index.md` → `/cv/`). */
function contentPageUrl(
  file: string,
  dir: string,
  permalink: string | undefined,
  at: { line: number; column: number },
  issues: IssueList,
): string | undefined {
  if (permalink === undefined) {
    const rel = path
      .relative(path.join(dir, 'pages'), file)
      .replace(/\.mdx?$/, '')
      .split(path.sep)
    if (rel.at(-1) === 'index') rel.pop()
    return rel.length ? `/${rel.join('/')}/` : '/'
  }
  const result = normalisePermalink(permalink)
  if ('error' in result) {
    issues.error(file, result.error, at.line, at.column)
    return undefined
  }
  return result.url
}
