import { parseContentDate } from '@/lib/content/dates'
import { expandPostPermalink } from '@/lib/content/posts'
import type { JekyllDocument } from './documents'
import type { MappedUrls } from './front-matter'
import { permalinkPattern } from './permalink'

const SITE_PLACEHOLDERS = new Set(['year', 'month', 'day', 'title', 'slug'])
const FALLBACK = '/:year/:month/:day/:title/'

/**
 * The site-wide pattern (site.yaml `posts.permalink`) closest to the Jekyll one, so most posts need
 * no `permalink:` of their own: `:categories` becomes the categories most posts share, and the
 * `.html` ending a folder. Posts the pattern does not fit get their own permalink (urlsFor).
 */
export function sitePostPattern(config: Record<string, unknown>, posts: JekyllDocument[]): string {
  const counts = new Map<string, number>()
  for (const p of posts) {
    const key = [...new Set(p.categories.map((c) => c.toLowerCase()))].join('/')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const common = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? ''
  const style = typeof config.permalink === 'string' ? config.permalink : undefined
  const pattern = `/${permalinkPattern(style)
    .replace(/:categories/g, common)
    .replace(/(:output_ext|\.html)$/, '/')}/`.replace(/\/{2,}/g, '/')
  const names = [...pattern.matchAll(/:([a-z_]+)/g)].map((m) => m[1]!)
  return names.every((n) => SITE_PLACEHOLDERS.has(n)) ? pattern : FALLBACK
}

/** What a post or page records about its URLs: a permalink where the site would differ, and the old addresses. */
export function urlsFor(doc: JekyllDocument, postPattern: string): MappedUrls {
  // The server answers /x at /x/ itself; every other old address gets a redirect page.
  const redirectFrom = doc.oldUrls.filter((old) => old !== doc.url && `${old}/` !== doc.url)
  if (doc.kind === 'page') return { permalink: doc.url, redirectFrom }
  // A draft was never published: it takes the site's pattern.
  if (doc.kind === 'draft') return { redirectFrom: [] }
  const date = parseContentDate(doc.date ?? '')
  const slug = doc.name.slice('YYYY-MM-DD-'.length)
  const expected = 'error' in date ? undefined : expandPostPermalink(postPattern, date, slug)
  return { permalink: expected === doc.url ? undefined : doc.url, redirectFrom }
}
