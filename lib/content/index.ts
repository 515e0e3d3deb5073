import fs from 'node:fs'
import path from 'node:path'
import { basePath } from '@/lib/base-path'
import { contentDir } from './files'
import { loadCv, type Resume } from './cv'
import { loadNews, type NewsItem } from './news'
import { loadProjects, loadTeaching, type Course, type Project } from './projects'
import { ContentError, IssueList, type ContentIssue } from './issues'
import { loadOpenSource, type OpenSource } from './oss'
import { loadPages, type Page } from './pages'
import { loadPosts, type Post, type PostHeader } from './posts'
import { loadPublications } from './publications'
import type { Redirect } from './redirects'
import type { Publication } from '@/lib/publications/model'
import { checkPublicHtml } from './public-html'
import { checkReservedUrls } from './reserved'
import { checkLinksInside, setContentRoot } from './roots'
import { loadSiteConfig, type SiteConfig } from './site'
import { loadTalks, type Talk } from './talks'
import { publicDir } from '@/lib/markdown/public-files'

export type { ContentIssue } from './issues'
export type { Page } from './pages'
export type { Post, PostHeader } from './posts'
export type { Redirect } from './redirects'
export type { Author, Publication } from '@/lib/publications/model'
export type { SiteConfig } from './site'
export type { Contribution, OpenSource } from './oss'
export type { Talk } from './talks'
export type { Resume } from './cv'
export type { NewsItem } from './news'
export type { Course, Project } from './projects'

export interface SiteContent {
  site: SiteConfig
  pages: Page[]
  /** Published posts, newest first (drafts too in `npm run dev`). */
  posts: Post[]
  /** Old URLs and where they lead now; each becomes a small page that sends the visitor on. */
  redirects: Redirect[]
  oss?: OpenSource
  /** Absent when the site has no publications.bib. */
  publications?: Publication[]
  /** Talks, newest first; absent when the site has no talks.yaml. */
  talks?: Talk[]
  /** The CV (JSON Resume); absent when the site has no cv.yaml. */
  cv?: Resume
  /** News items, newest first; absent when the site has no news.yaml. */
  news?: NewsItem[]
  /** Projects in card order; absent without content/projects/. */
  projects?: Project[]
  /** Courses, newest term first; absent without content/teaching/. */
  teaching?: Course[]
  /** Problems that do not stop the build (suspicious text, malformed links). */
  warnings: ContentIssue[]
}

/**
 * Reads, validates and prepares everything in the content folder. Never throws for bad content:
 * every problem in every file is returned, so an author sees them all in one run.
 */
export async function loadContent(
  dir = contentDir(),
  hooks: {
    /** Every valid post's header and the site, as soon as they are read (before the bodies). */
    onPostHeaders?: (headers: PostHeader[], site: SiteConfig) => void
  } = {},
): Promise<{ content?: SiteContent; issues: ContentIssue[] }> {
  const issues = new IssueList()
  if (!fs.existsSync(dir)) {
    issues.error(
      dir,
      'content folder does not exist (expected a folder with site.yaml and pages/; set CONTENT_DIR to use another)',
    )
    return { issues: issues.items }
  }
  if (!fs.statSync(dir).isDirectory() || fs.readdirSync(dir).length === 0) {
    issues.error(
      dir,
      'content folder is empty or not a folder (expected a folder with site.yaml and pages/; set CONTENT_DIR to use another)',
    )
    return { issues: issues.items }
  }
  if (process.env.PUBLIC_DIR && !fs.statSync(publicDir(), { throwIfNoEntry: false })?.isDirectory())
    issues.error(
      publicDir(),
      'public folder does not exist or is not a folder (expected the folder PUBLIC_DIR names, or PUBLIC_DIR unset to use public/)',
    )
  // Nothing outside the content and public folders is read or published (lib/content/roots.ts).
  setContentRoot(dir)
  checkLinksInside(issues)
  const publicDirs = [...new Set([publicDir(), path.resolve('public')])]
  checkPublicHtml(publicDirs, issues)
  const site = loadSiteConfig(dir, issues)
  if (!site) return { issues: issues.items }

  const liquid = {
    site: { ...site.raw, baseurl: basePath, url: site.url },
    siteUrl: site.url,
    basePath,
  }
  const pages = await loadPages(dir, site, liquid, issues)
  // Read before the posts, which cite its entries; its problems are listed after theirs, as before.
  const bibIssues = new IssueList()
  const publications = loadPublications(dir, bibIssues)
  const bibliography = {
    style: site.citations.style,
    publications: publications ?? [],
    file: publications && path.join(dir, 'publications.bib'),
  }
  const posts = await loadPosts(
    dir,
    {
      site,
      includeDrafts: process.env.NODE_ENV === 'development',
      now: new Date(),
      onHeaders: hooks.onPostHeaders && ((headers) => hooks.onPostHeaders?.(headers, site)),
      bibliography,
    },
    liquid,
    issues,
  )
  const oss = loadOpenSource(dir, issues)
  issues.items.push(...bibIssues.items)
  const keys = new Set(publications?.map((p) => p.key))
  const talks = loadTalks(dir, issues, keys)
  const cv = loadCv(dir, issues)
  const news = await loadNews(dir, issues)
  const projects = await loadProjects(dir, site, liquid, issues, keys)
  const teaching = await loadTeaching(dir, site, liquid, issues)
  const redirects = [...site.redirects, ...[...pages, ...posts].flatMap((p) => p.redirects)]
  const redirectUrls = redirects.map((r) => ({ url: r.from, file: r.file, urlAt: r.urlAt }))
  checkUniqueUrls([...pages, ...posts.filter((p) => !p.externalUrl), ...redirectUrls], issues)
  checkReservedUrls(
    [
      ...pages.map((p) => ({ ...p, kind: 'page' as const })),
      ...posts.filter((p) => !p.externalUrl).map((p) => ({ ...p, kind: 'post' as const })),
      ...redirectUrls.map((r) => ({ ...r, kind: 'redirect' as const })),
    ],
    publicDirs,
    issues,
  )

  if (issues.hasErrors) return { issues: issues.items }
  return {
    content: {
      site,
      pages,
      posts,
      redirects,
      oss,
      publications,
      talks,
      cv,
      news,
      projects,
      teaching,
      warnings: issues.items,
    },
    issues: issues.items,
  }
}

function checkUniqueUrls(
  docs: { url: string; file: string; urlAt: { line: number; column: number } }[],
  issues: IssueList,
): void {
  const seen = new Map<string, string>()
  for (const doc of docs) {
    const first = seen.get(doc.url)
    if (first)
      issues.error(
        doc.file,
        `URL ${doc.url} is already used by ${first} (expected every page and post to have its own URL)`,
        doc.urlAt.line,
        doc.urlAt.column,
      )
    else seen.set(doc.url, doc.file)
  }
}

let cached: Promise<SiteContent> | undefined

/**
 * The site's content for routes, throwing if content has errors. A build loads it once per
 * process; `npm run dev` reads it afresh for every render, so an edited post shows at once.
 */
export function getContent(): Promise<SiteContent> {
  const load = () =>
    loadContent().then(({ content, issues }) => {
      if (!content) throw new ContentError(issues)
      return content
    })
  if (process.env.NODE_ENV === 'development') return load()
  cached ??= load()
  return cached
}

export async function getSite(): Promise<SiteConfig> {
  return (await getContent()).site
}

/** The bibliography, newest first; empty when the site has no publications.bib. */
export async function getPublications(): Promise<Publication[]> {
  return (await getContent()).publications ?? []
}

// Posts and pages by URL, made once per loaded list: every page of a build looks its own up (a scan
// for each would make a 10,000-post build quadratic).
const byUrl = new WeakMap<readonly { url: string }[], Map<string, unknown>>()

function findByUrl<T extends { url: string }>(list: T[], url: string): T | undefined {
  let map = byUrl.get(list)
  // The first of equal URLs, as a scan would find (content with clashing URLs never builds).
  if (!map) byUrl.set(list, (map = new Map([...list].reverse().map((item) => [item.url, item]))))
  return map.get(url) as T | undefined
}

/** The post whose URL is `url`, if there is one. */
export async function findPost(url: string): Promise<Post | undefined> {
  return findByUrl((await getContent()).posts, url)
}

/** The page whose URL is `url`, if there is one. */
export async function findPage(url: string): Promise<Page | undefined> {
  return findByUrl((await getContent()).pages, url)
}
