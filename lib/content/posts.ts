import path from 'node:path'
import { z } from 'zod'
import type { LiquidContext } from '@/lib/markdown/liquid'
import { postBibliography, type SiteBibliography } from './bibliography'
import { parseContentDate, type ContentDate } from './dates'
import { kramdownOptions, prepareDocument, type Document } from './documents'
import { listFiles, readText } from './files'
import { splitFrontMatter } from './front-matter'
import type { ContentIssue, IssueList } from './issues'
import { MAX_FEED_TEXT_BYTES } from './limits'
import { normalisePermalink } from './permalink'
import { collectRedirects, type Redirect } from './redirects'
import { scriptsAllowed, type SiteConfig } from './site'
import { validate, type ParsedYaml } from './yaml'
import {
  prepareNotebook,
  readNotebook,
  type NotebookFile,
  type NotebookSource,
} from '@/lib/notebooks/post'
import { tagSlug } from '@/lib/slug'
import { scriptUrlProblem } from '@/lib/url-safety'

// `tags` may be a list or, as Jekyll allows, one space-separated string. Unknown keys are kept.
const words = z.union(
  [
    z.array(z.union([z.string(), z.number()]).transform(String)),
    z.string().transform((s) => s.split(/\s+/).filter(Boolean)),
  ],
  { error: 'expected a list of tags or a space-separated string' },
)
const dateLike = z.union([z.string(), z.date().transform((d) => d.toISOString())])

const postSchema = z.looseObject({
  title: z.string().min(1),
  date: dateLike.optional(),
  updated: dateLike.optional(),
  description: z.string().optional(),
  image: z.string().optional(),
  tags: words.default([]),
  categories: words.default([]),
  draft: z.boolean().default(false),
  permalink: z.string().optional(),
  redirect_from: z.union([z.string().transform((s) => [s]), z.array(z.string())]).default([]),
  external_url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  bibliography: z.union([z.string().transform((s) => [s]), z.array(z.string())]).default([]),
  scripts: z.boolean().optional(),
})

export interface Post {
  file: string
  slug: string
  title: string
  date: ContentDate
  updated?: ContentDate
  description?: string
  /** Header image, a site path or URL. */
  image?: string
  tags: string[]
  draft: boolean
  /** Canonical site path; for an external post, where it would have been (used as its id). */
  url: string
  /** Set for a post published elsewhere: lists and feeds link there, and it has no page here. */
  externalUrl?: string
  urlAt: { line: number; column: number }
  redirects: Redirect[]
  /** The folder of a `YYYY-MM-DD-slug/index.md` post, whose other files are published beside it. */
  assetsDir?: string
  /** Files published in the post's folder besides its page (a notebook's `.ipynb` and images). */
  files?: NotebookFile[]
  /**
   * The text is longer than the feeds carry whole (MAX_FEED_TEXT_BYTES): the post's feed entries
   * have its summary and link only.
   */
  summaryInFeeds?: boolean
  document: Document
}

const POST_NAME = /^(\d{4}-\d{2}-\d{2})-([^/]+?)(?:\/index)?\.(?:mdx?|ipynb)$/

/** Fills a Jekyll-style permalink pattern (`/blog/:year/:month/:day/:title/`) for one post. */
export function expandPostPermalink(pattern: string, date: ContentDate, slug: string): string {
  const values: Record<string, string> = {
    year: date.year,
    month: date.month,
    day: date.dayOfMonth,
    title: slug,
    slug,
  }
  return pattern.replace(/:(year|month|day|title|slug)/g, (_, key: string) => values[key] ?? '')
}

function parseDate(
  raw: string,
  field: string,
  parsed: ParsedYaml,
  file: string,
  issues: IssueList,
): ContentDate | undefined {
  const date = parseContentDate(raw)
  if (!('error' in date)) return date
  const at = parsed.positionOf([field])
  issues.error(file, `${field}: ${date.error}`, at.line, at.column)
  return undefined
}

/** A post as its front matter and file name describe it, before its body is prepared. */
export type PostHeader = Omit<Post, 'document'>

/** A post file read up to its body. */
interface Read {
  header: PostHeader
  body: string
  bodyLine: number
  page: LiquidContext['page']
  /** `bibliography:` from the front matter: the post's own .bib files. */
  bibliography: string[]
  scripts: boolean
  /** A Jupyter notebook post (`.ipynb`), read up to its cells. */
  notebook?: NotebookSource
}

/**
 * Loads `<content>/posts/YYYY-MM-DD-slug.md(x)` and `YYYY-MM-DD-slug/index.md(x)`. Drafts and posts
 * dated in the future are dropped unless `includeDrafts`; this is the only place that decides.
 */
export async function loadPosts(
  dir: string,
  options: {
    site: SiteConfig
    includeDrafts: boolean
    now: Date
    /** Called with every valid post's header once all are read, before the bodies are prepared. */
    onHeaders?: (headers: PostHeader[]) => void
    /** The site's publications.bib and citation style, which every post may cite. */
    bibliography: SiteBibliography
  },
  liquid: Omit<LiquidContext, 'page'>,
  issues: IssueList,
): Promise<Post[]> {
  const root = path.join(dir, 'posts')
  const readPost = (file: string): Read | undefined => {
    const rel = path.relative(root, file).split(path.sep).join('/')
    const name = POST_NAME.exec(rel)
    if (!name) {
      issues.error(
        file,
        `post file name "${rel}" does not follow the pattern (expected YYYY-MM-DD-slug.md, .mdx, .ipynb, or YYYY-MM-DD-slug/index.md)`,
      )
      return undefined
    }
    const [, fileDay = '', slug = ''] = name
    if (!/^[\w.-]+$/.test(slug) || slug.startsWith('.')) {
      issues.error(file, `post slug "${slug}" may only contain letters, digits, ".", "_" and "-"`)
      return undefined
    }
    const isNotebook = file.endsWith('.ipynb')
    const nb = isNotebook ? readNotebook(file, issues) : undefined
    const text = isNotebook ? undefined : readText(file, issues)
    const fm = nb
      ? nb.frontMatter
      : text === undefined
        ? undefined
        : splitFrontMatter(text, file, issues)
    const data = fm && validate(postSchema, fm.parsed, file, issues, 'front matter')
    if (!fm || !data) return undefined
    const date = parseDate(data.date ?? fileDay, 'date', fm.parsed, file, issues)
    const updated =
      data.updated === undefined
        ? undefined
        : parseDate(data.updated, 'updated', fm.parsed, file, issues)
    if (!date || (data.updated !== undefined && !updated)) return undefined
    if (!options.includeDrafts && (data.draft || date.instant > options.now)) return undefined

    const urlAt = fm.parsed.positionOf([data.permalink ? 'permalink' : 'date'])
    const permalink = normalisePermalink(
      data.permalink ?? expandPostPermalink(options.site.posts.permalink, date, slug),
    )
    if ('error' in permalink) {
      issues.error(file, permalink.error, urlAt.line, urlAt.column)
      return undefined
    }
    const tags = [...new Set([...data.tags, ...data.categories.filter((c) => c !== 'blog')])]
    const unsafe = [
      ...tags
        .filter((t) => !/[\p{L}\p{N}]/u.test(tagSlug(t)))
        .map((t) => [
          'tags',
          `tags: "${t}" has no letter or digit to make its page's URL from (expected a word such as compilers)`,
        ]),
      ...[data.image && scriptUrlProblem('image', data.image, { allowDataImage: true })]
        .filter(Boolean)
        .map((p) => ['image', p]),
    ] as [string, string][]
    for (const [field, message] of unsafe) {
      const at = fm.parsed.positionOf([data.tags.length || field !== 'tags' ? field : 'categories'])
      issues.error(file, message, at.line, at.column)
    }
    const scripts = scriptsAllowed(options.site, data.scripts, fm.parsed, file, issues)
    if (unsafe.length) return undefined
    const summaryInFeeds =
      !isNotebook && !data.external_url && Buffer.byteLength(fm.body) > MAX_FEED_TEXT_BYTES
    if (summaryInFeeds)
      issues.warn(
        file,
        `the post is ${(Buffer.byteLength(fm.body) / 1024 / 1024).toFixed(1)} MiB of text: its feed entries carry its summary and link, not the whole text (the feeds carry posts of up to ${MAX_FEED_TEXT_BYTES / 1024} KiB whole)`,
        fm.bodyLine,
        1,
      )
    const redirects = postRedirects(
      data.redirect_from,
      options.site.posts.redirect_from,
      { date, slug, to: permalink.url },
      fm.parsed,
      file,
      issues,
    )
    return {
      header: {
        file,
        slug,
        title: data.title,
        date,
        updated,
        description: data.description,
        image: data.image,
        tags,
        draft: data.draft,
        url: permalink.url,
        externalUrl: data.external_url,
        urlAt,
        redirects: data.external_url ? [] : redirects,
        assetsDir: rel.includes('/') ? path.dirname(file) : undefined,
        ...(summaryInFeeds && { summaryInFeeds }),
      },
      body: fm.body,
      bodyLine: fm.bodyLine,
      page: { ...data, url: permalink.url, date: date.day },
      bibliography: data.bibliography,
      scripts,
      notebook: nb?.notebook,
    }
  }

  // Every post's front matter is read before any body is prepared (so that the headers can be
  // handed on early); the issues are put back in file order, each file's together, as a single
  // pass over the files would list them.
  const first = issues.items.length
  const fileOf = new Map<ContentIssue, number>()
  const noteFile = (index: number, from: number) => {
    for (const issue of issues.items.slice(from)) if (!fileOf.has(issue)) fileOf.set(issue, index)
  }
  const read: (Read & { index: number })[] = []
  for (const [index, file] of listFiles(root, ['.md', '.mdx', '.ipynb']).entries()) {
    const from = issues.items.length
    const post = readPost(file)
    noteFile(index, from)
    if (post) read.push({ ...post, index })
  }
  options.onHeaders?.(read.map((r) => r.header))
  const posts: Post[] = []
  for (const { header, body, bodyLine, page, bibliography, index, scripts, notebook } of read) {
    const from = issues.items.length
    if (notebook) {
      const liquidPage = { ...liquid, page }
      const kramdown = kramdownOptions(liquidPage, header.file, issues)
      const nb = await prepareNotebook(
        notebook,
        header,
        { basePath: liquid.basePath, kramdown, scripts },
        issues,
      )
      noteFile(index, from)
      posts.push({ ...header, document: nb.document, files: nb.files })
      continue
    }
    const bib = postBibliography(header.file, bibliography, options.bibliography, issues)
    const document = await prepareDocument(
      header.file,
      body,
      bodyLine,
      { ...liquid, page },
      issues,
      { scripts, bibliography: bib },
    )
    noteFile(index, from)
    posts.push({ ...header, file: document.file, document })
  }
  const mine = issues.items.splice(first)
  issues.items.push(...mine.sort((a, b) => fileOf.get(a)! - fileOf.get(b)!))
  return posts.sort(
    (a, b) => b.date.instant.getTime() - a.date.instant.getTime() || a.slug.localeCompare(b.slug),
  )
}

/** The post's own `redirect_from` URLs plus the site-wide patterns (the old Jekyll URLs). */
function postRedirects(
  own: string[],
  patterns: string[],
  post: { date: ContentDate; slug: string; to: string },
  parsed: ParsedYaml,
  file: string,
  issues: IssueList,
): Redirect[] {
  const froms = [...own, ...patterns.map((p) => expandPostPermalink(p, post.date, post.slug))]
  return collectRedirects(froms, post.to, file, parsed.positionOf(['redirect_from']), issues)
}
