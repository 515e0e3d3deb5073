import type { SiteConfig } from '@/lib/content'
import { absoluteUrl } from '@/lib/urls'

/** The site's feeds: where they are and what they are. */
export const FEEDS = {
  atom: { path: '/feed.xml', type: 'application/atom+xml', title: 'Atom' },
  rss: { path: '/rss.xml', type: 'application/rss+xml', title: 'RSS' },
  json: { path: '/feed.json', type: 'application/feed+json', title: 'JSON Feed' },
} as const

/** `<link rel="alternate">` entries for every page, so feed readers find the feeds anywhere. */
export function feedAlternates(site: SiteConfig): Record<string, { url: string; title: string }[]> {
  return Object.fromEntries(
    Object.values(FEEDS).map((f) => [
      f.type,
      [{ url: absoluteUrl(site, f.path), title: `${site.title} (${f.title})` }],
    ]),
  )
}
