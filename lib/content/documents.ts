import type { Root } from 'hast'
import { VFile } from 'vfile'
import type { Bibliography } from '@/lib/citations/model'
import { renderLiquid, type LiquidContext } from '@/lib/markdown/liquid'
import {
  JEKYLL_KRAMDOWN_DEFAULTS,
  mergeKramdownOptions,
  type KramdownOptions,
} from '@/lib/markdown/kramdown-options'
import { markdownToHast } from '@/lib/markdown/markdown'
import { checkMdx } from '@/lib/markdown/mdx'
import { mdxOutline } from '@/lib/markdown/mdx-outline'
import { findMojibake } from '@/lib/markdown/mojibake'
import { outline, type Outline } from '@/lib/markdown/outline'
import {
  cacheEnabled,
  documentKey,
  hasCachedHast,
  readCachedDocument,
  readCachedHast,
  writeCachedDocument,
  type CachedMessage,
} from './document-cache'
import type { FrontMatter } from './front-matter'
import type { IssueList } from './issues'
import { MAX_NESTING_COLUMNS, MAX_PARAGRAPH_BRACKETS, tooDeep, tooManyBrackets } from './limits'
import { scriptsAllowed, type SiteConfig } from './site'

/**
 * The body of a page or post, checked and ready to render. A Markdown body's HTML tree is not kept
 * in memory when the document cache holds it (a 10,000-post site would need gigabytes): `key`
 * names the cache entry and `documentHast()` reads it back when the page is rendered. Without a
 * cache (`npm run dev`, GIBSONIC_NO_CACHE=1) the tree is kept in `hast`.
 */
export type Document = (
  | {
      format: 'md'
      file: string
      /** The text as the Markdown pipeline reads it: Liquid expanded, lines padded to the file's. */
      text: string
      key?: string
      hast?: Root
      basePath: string
      /** kramdown's options for this body: Jekyll's defaults, site.yaml's, the front matter's. */
      kramdown: KramdownOptions
    }
  | { format: 'mdx'; file: string; source: string }
) & {
  outline: Outline
  /** The page's site path, which relative URLs resolve against. */
  url: string
  /** What the body may cite (posts only). */
  bibliography?: Bibliography
}

export type MarkdownDocument = Extract<Document, { format: 'md' }>

/**
 * A Markdown body's HTML tree, the caller's own to change: a copy of the one kept in memory, else
 * the cached one, else made again from its text (the cache is only a shortcut: a deleted entry
 * costs time, never a wrong page).
 */
export async function documentHast(doc: MarkdownDocument): Promise<Root> {
  if (doc.hast) return structuredClone(doc.hast)
  const cached = doc.key ? readCachedHast(doc.key) : undefined
  if (cached) return cached
  return markdownToHast(
    new VFile({ path: doc.file, value: doc.text, data: documentData(doc) }),
    doc.basePath,
    doc.kramdown,
  )
}

/** What the pipeline's plugins read besides the text, for a VFile. */
export function documentData(doc: { url: string; bibliography?: Bibliography }) {
  return { url: doc.url, ...(doc.bibliography && { bibliography: doc.bibliography }) }
}

/**
 * The kramdown options a body renders with: Jekyll's defaults, then site.yaml's `kramdown:` (checked
 * with the site's schema), then the page's own front matter `kramdown:`, whose bad values are
 * reported and left out.
 */
export function kramdownOptions(
  liquid: LiquidContext,
  file: string,
  issues: IssueList,
): KramdownOptions {
  const own = (value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {}
  const site = mergeKramdownOptions(JEKYLL_KRAMDOWN_DEFAULTS, own(liquid.site.kramdown)).options
  const page = mergeKramdownOptions(site, own(liquid.page.kramdown))
  for (const problem of page.problems) issues.warn(file, `front matter kramdown.${problem}`, 1, 1)
  return page.options
}

const EMPTY_OUTLINE: Outline = { toc: [], excerpt: '', readingMinutes: 1 }

export function formatOf(file: string): 'md' | 'mdx' {
  return file.endsWith('.mdx') ? 'mdx' : 'md'
}

/**
 * The body of a page, a project or a course: Liquid sees its front matter as `page`, at `url`, and
 * its own `scripts` key (as site.yaml allows) decides whether it may carry `<script>` elements.
 */
export function prepareEntryDocument(
  file: string,
  fm: FrontMatter,
  data: object & { scripts?: unknown },
  url: string,
  context: { site: SiteConfig; liquid: Omit<LiquidContext, 'page'>; issues: IssueList },
): Promise<Document> {
  const { site, liquid, issues } = context
  return prepareDocument(
    file,
    fm.body,
    fm.bodyLine,
    { ...liquid, page: { ...data, url } },
    issues,
    { scripts: scriptsAllowed(site, data.scripts, fm.parsed, file, issues) },
  )
}

/**
 * Checks and prepares a body. Markdown gets Liquid expanded and is turned into a HTML tree now;
 * MDX is compiled once to find errors and rendered later by next-mdx-remote. Lines are padded so
 * every reported position is the line in the original file.
 */
export async function prepareDocument(
  file: string,
  body: string,
  bodyLine: number,
  liquid: LiquidContext,
  issues: IssueList,
  /**
   * `scripts`: whether the body may carry `<script>` elements (pages.ts, posts.ts decide);
   * `bibliography`: what a post may cite.
   */
  options: { scripts?: boolean; bibliography?: Bibliography } = {},
): Promise<Document> {
  const { bibliography } = options
  try {
    return {
      ...(await prepare(
        file,
        body,
        bodyLine,
        liquid,
        issues,
        bibliography,
        options.scripts === true,
      )),
      ...(bibliography && { bibliography }),
    }
  } catch (err) {
    // A plugin that throws (instead of leaving a message) must still not end the run with a
    // stack trace: the file is reported like any other problem, and the others are still checked.
    const e = err as { line?: number; column?: number; reason?: string; message?: string }
    issues.error(
      file,
      `could not be processed: ${e.reason ?? e.message ?? String(err)}`,
      e.line ?? bodyLine,
      e.column ?? 1,
    )
    return emptyDocument(file, liquid)
  }
}

/** A body that was reported and not rendered: the page exists, empty, so nothing else fails on it. */
function emptyDocument(file: string, liquid: LiquidContext): Document {
  return {
    format: 'md',
    file,
    url: String(liquid.page.url ?? '/'),
    text: '',
    basePath: liquid.basePath,
    kramdown: JEKYLL_KRAMDOWN_DEFAULTS,
    hast: { type: 'root', children: [] },
    outline: EMPTY_OUTLINE,
  }
}

async function prepare(
  file: string,
  body: string,
  bodyLine: number,
  liquid: LiquidContext,
  issues: IssueList,
  bibliography: Bibliography | undefined,
  scripts: boolean,
): Promise<Document> {
  const padding = '\n'.repeat(bodyLine - 1)
  const format = formatOf(file)
  const deep = tooDeep(body)
  if (deep) {
    issues.error(
      file,
      `this line starts ${deep.width} columns deep in lists or quotes (expected at most ${MAX_NESTING_COLUMNS}: nesting this deep would take the build minutes)`,
      deep.line + bodyLine - 1,
      deep.column,
    )
    return emptyDocument(file, liquid)
  }
  const brackets = tooManyBrackets(body)
  if (brackets) {
    issues.error(
      file,
      `this paragraph has more than ${MAX_PARAGRAPH_BRACKETS.toLocaleString('en')} brackets (\`[\` and \`]\`) here (expected at most that many between blank lines: the Markdown parser's time grows with the square of their number)`,
      brackets.line + bodyLine - 1,
      brackets.column,
    )
    return emptyDocument(file, liquid)
  }

  for (const m of findMojibake(body)) {
    const line = m.line + bodyLine - 1
    issues.warn(
      file,
      `"${m.found}" looks double-encoded (UTF-8 read as Windows-1252); did you mean "${m.repaired}"?`,
      line,
      m.column,
    )
  }

  const url = liquid.page.url as string
  const kramdown =
    format === 'md' ? kramdownOptions(liquid, file, issues) : JEKYLL_KRAMDOWN_DEFAULTS
  const cacheKey = (text: string) =>
    cacheEnabled()
      ? documentKey({
          file,
          format,
          text,
          url,
          basePath: liquid.basePath,
          bibliography: bibliography?.digest ?? '',
          scripts: String(scripts),
          ...(format === 'md' ? { kramdown: JSON.stringify(kramdown) } : {}),
        })
      : undefined

  if (format === 'mdx') {
    const source = padding + body
    const key = cacheKey(source)
    const cached = key ? readCachedDocument(key) : undefined
    let messages: readonly Message[] | undefined = cached?.messages
    if (!messages) {
      const vfile = new VFile({
        path: file,
        value: source,
        data: { ...documentData({ url, bibliography }), scripts },
      })
      await checkMdx(vfile, liquid.basePath)
      messages = vfile.messages
      if (key)
        writeCachedDocument(key, {
          messages: messages.map(plain),
          outline: EMPTY_OUTLINE,
          imageFiles: vfile.data.imageFiles ?? [],
          variants: vfile.data.imageVariants ?? [],
        })
    }
    collect(messages, file, issues)
    const valid = !messages.some((m) => m.fatal)
    return { format, file, url, source, outline: valid ? await mdxOutline(source) : EMPTY_OUTLINE }
  }

  const expanded = renderLiquid(body, liquid)
  for (const p of expanded.problems) {
    const line = p.line + bodyLine - 1
    if (p.severity === 'error') issues.error(file, p.message, line, p.column)
    else issues.warn(file, p.message, line, p.column)
  }
  const text = padding + expanded.text
  const key = cacheKey(text)
  const base = { format, file, url, text, basePath: liquid.basePath, kramdown }
  const cached = key ? readCachedDocument(key) : undefined
  if (cached && hasCachedHast(key!)) {
    collect(cached.messages, file, issues)
    return { ...base, key, outline: cached.outline }
  }
  const vfile = new VFile({
    path: file,
    value: text,
    data: { ...documentData({ url, bibliography }), scripts },
  })
  const hast = await markdownToHast(vfile, liquid.basePath, kramdown)
  collect(vfile.messages, file, issues)
  const summary = outline(hast)
  const stored =
    key !== undefined &&
    writeCachedDocument(key, {
      hast,
      outline: summary,
      messages: vfile.messages.map(plain),
      imageFiles: vfile.data.imageFiles ?? [],
      variants: vfile.data.imageVariants ?? [],
    })
  // Kept in memory only when the cache could not take it.
  return stored ? { ...base, key, outline: summary } : { ...base, hast, outline: summary }
}

type Message = {
  reason: string
  line?: number | null
  column?: number | null
  fatal?: boolean | null
}

function plain(m: Message): CachedMessage {
  return {
    reason: m.reason,
    line: m.line ?? undefined,
    column: m.column ?? undefined,
    fatal: Boolean(m.fatal),
  }
}

function collect(messages: readonly Message[], file: string, issues: IssueList): void {
  for (const m of messages) {
    const line = m.line ?? 1
    const column = m.column ?? 1
    if (m.fatal) issues.error(file, m.reason, line, column)
    else issues.warn(file, m.reason, line, column)
  }
}
