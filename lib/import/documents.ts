import crypto from 'node:crypto'
import path from 'node:path'
import { applyDefaults } from './defaults'
import { withinCollections } from './walk'
import { dateText, jekyllList, readFrontMatter, titleFromSlug, wordList } from './front-matter'
import {
  canonicalDate,
  onSiteClock,
  canonicalUrl,
  jekyllPageUrl,
  jekyllPostUrl,
  parseWallClock,
  permalinkPattern,
} from './permalink'

/** A post or page of the Jekyll site, with the URL Jekyll gave it and the one it has now. */
export interface JekyllDocument {
  kind: 'post' | 'draft' | 'page'
  /** Path inside the Jekyll site (`_posts/2019-08-07-x.md`, `about.md`). */
  source: string
  /** Front matter after `defaults:`, mojibake repaired. */
  data: Record<string, unknown>
  body: string
  bodyLine: number
  title: string
  /** Every address Jekyll served it at: its URL, then its redirect_from aliases. */
  oldUrls: string[]
  /** Its canonical URL on the new site. */
  url: string
  /** Posts: `YYYY-MM-DD-slug`, the new file name (its date the post's own, its slug file-safe). */
  name: string
  /** The source file's name without its extension: what `{% post_url %}` names. */
  sourceName: string
  date?: string
  categories: string[]
  /** Its first line opened front matter that no `---` line closed (Jekyll published it anyway). */
  unclosedFrontMatter?: boolean
}

const POST_FILE = /^(\d{4}-\d{1,2}-\d{1,2})-(.+)\.(md|markdown|mkdn|mkd|html)$/
export const MARKDOWN_EXT = /\.(md|markdown|mkdn|mkd)$/

/**
 * Reads one post (`_posts/`, `_drafts/`) or page and works out its URLs with Jekyll's rules.
 * `text` is the file's text, already repaired; `mtimeDay` dates a draft without a date, as Jekyll does.
 */
export function readJekyllDocument(
  source: string,
  text: string,
  kind: JekyllDocument['kind'],
  config: Record<string, unknown>,
  mtimeDay: string,
  /** A document of a collection with no section here, published at Jekyll's URL for it. */
  collection?: { name: string; url: string },
): JekyllDocument | undefined {
  // A first line of `---` makes the file Jekyll's to publish even when no line closes the front
  // matter: it has no data then, and its whole text (that line too) is the content.
  const unclosed = !readFrontMatter(text) && /^---[ \t]*\r?\n/.test(text)
  const fm = unclosed ? { data: {}, body: text, bodyLine: 1 } : readFrontMatter(text)
  if (!fm) return undefined
  const base = path.posix.basename(source)
  const common = {
    kind,
    source,
    body: fm.body,
    bodyLine: fm.bodyLine,
    ...(unclosed ? { unclosedFrontMatter: true } : {}),
  }
  if (kind === 'page') {
    const data = applyDefaults(config.defaults, source, collection?.name ?? 'pages', fm.data)
    const ext = path.posix.extname(base)
    const jekyllUrl = jekyllPageUrl(
      {
        dir: path.posix.dirname(source).replace(/^\.$/, ''),
        basename: base.slice(0, -ext.length),
        outputExt: '.html',
        permalink:
          collection?.url ?? (typeof data.permalink === 'string' ? data.permalink : undefined),
      },
      str(config.permalink),
    )
    const name = base.slice(0, -ext.length)
    const title =
      str(data.title) ?? (name === 'index' ? (str(config.title) ?? 'Home') : titleFromSlug(name))
    return withUrls({ ...common, data, title, name, sourceName: name, categories: [] }, jekyllUrl)
  }
  const match = POST_FILE.exec(base)
  const fileDay = match?.[1]
  const slug = match?.[2] ?? base.replace(/\.[^.]+$/, '')
  const data = applyDefaults(
    config.defaults,
    source,
    kind === 'draft' ? 'drafts' : 'posts',
    fm.data,
  )
  // Jekyll's categories: the folders above _posts/, then the front matter's.
  const within = withinCollections(source, config).split('/')
  const folders = within.slice(0, within.indexOf(kind === 'draft' ? '_drafts' : '_posts'))
  const categories = wordList(folders, jekyllList(data, 'category', 'categories'))
  const written = dateText(data.date)
  const canonical = written && canonicalDate(written)
  const date = (canonical && onSiteClock(canonical, str(config.timezone))) ?? fileDay ?? mtimeDay
  const clock = parseWallClock(date) ?? parseWallClock(mtimeDay)!
  const day = `${clock.year}-${String(clock.month).padStart(2, '0')}-${String(clock.day).padStart(2, '0')}`
  const outputExt = '.html'
  const pattern =
    typeof data.permalink === 'string' ? data.permalink : permalinkPattern(str(config.permalink))
  const placeholders = { date: clock, slug: str(data.slug) ?? slug, categories, outputExt }
  const jekyllUrl = jekyllPostUrl(pattern, placeholders)
  // `defaults:` may give every post `redirect_from: /:year/:month/:day/:title.html`: each post's own.
  const redirects = wordList(data.redirect_from)
  if (redirects.some((r) => r.includes(':')))
    data.redirect_from = redirects.map((r) =>
      r.includes(':') ? jekyllPostUrl(r, placeholders) : r,
    )
  const title = str(data.title) ?? titleFromSlug(slug)
  return withUrls(
    {
      ...common,
      data,
      title,
      name: `${day}-${fileSlug(slug)}`,
      sourceName: base.replace(/\.[^.]+$/, ''),
      date,
      categories,
    },
    jekyllUrl,
  )
}

/** The canonical URL, and the old ones: Jekyll's own (`.html`) and jekyll-redirect-from's. */
function withUrls(doc: Omit<JekyllDocument, 'url' | 'oldUrls'>, jekyllUrl: string): JekyllDocument {
  const { url } = canonicalUrl(jekyllUrl)
  const aliases = wordList(doc.data.redirect_from)
  return { ...doc, url, oldUrls: [...new Set([jekyllUrl, ...aliases])] }
}

/**
 * The site's post slugs are ASCII letters, digits, ".", "_" and "-": a Jekyll file name may have
 * spaces, accents (`café-crème` → `cafe-creme`) or no Latin letters at all (`日本語の記事`, which
 * gets `post-` and a short hash of the name). The URL stays Jekyll's either way (`urlsFor`).
 */
export function fileSlug(slug: string): string {
  const ascii = slug
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
  return /[A-Za-z0-9]/.test(ascii)
    ? ascii
    : `post-${crypto.createHash('sha256').update(slug).digest('hex').slice(0, 8)}`
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim()
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined
}
