import type { SiteContent } from '@/lib/content'
import { keywordFilters, typeFilters } from '@/lib/publications/filters'
import { isSectionUrl } from '@/lib/routes'
import type { ListPage } from '@/lib/pagination'
import { postListPages, tagListPages } from '@/lib/post-lists'
import { publicationPath } from '@/lib/publications/model'

export interface SitemapEntry {
  path: string
  /** From content (a post's date, the newest post of a list), never the build clock. */
  lastModified?: Date
}

/**
 * Every public page of the site, for sitemap.xml: pages, posts with a page here, sections, tags
 * and publications. Redirect pages and drafts are not pages of the site, so they are not here.
 */
export function sitemapEntries(content: SiteContent): SitemapEntry[] {
  const { pages, posts, publications, oss } = content
  const local = posts.filter((p) => !p.externalUrl)
  const changed = (p: (typeof posts)[number]) => (p.updated ?? p.date).instant
  const newest = local[0] ? changed(local[0]) : undefined
  // A page of a list changed when its newest entry did (an external post is listed too).
  const listEntry = (page: ListPage<(typeof posts)[number]>): SitemapEntry => ({
    path: page.url,
    lastModified: page.items[0] && changed(page.items[0]),
  })
  const perPage = content.site.posts.per_page
  const entries: SitemapEntry[] = [
    { path: '/' },
    { path: '/search/' },
    ...postListPages(posts, perPage).map(listEntry),
    ...pages.filter((p) => !isSectionUrl(p.url)).map((p) => ({ path: p.url })),
    ...local.map((p) => ({ path: p.url, lastModified: changed(p) })),
  ]
  const tags = tagListPages(posts, perPage)
  if (tags.length)
    entries.push(
      { path: '/tags/', lastModified: newest },
      ...tags.flatMap((t) => t.pages.map(listEntry)),
    )
  if (oss) entries.push({ path: '/oss/' })
  if (content.cv) entries.push({ path: '/cv/' })
  if (content.news?.length) entries.push({ path: '/news/' })
  if (content.projects?.length)
    entries.push({ path: '/projects/' }, ...content.projects.map((p) => ({ path: p.url })))
  if (content.teaching?.length) entries.push({ path: '/teaching/' })
  if (content.talks?.length)
    entries.push({ path: '/talks/' }, ...content.talks.map((t) => ({ path: t.url })))
  if (publications) {
    entries.push(
      { path: '/publications/' },
      ...typeFilters(publications).map((f) => ({ path: f.url })),
      ...keywordFilters(publications).map((f) => ({ path: f.url })),
      ...publications.map((p) => ({ path: publicationPath(p.key) })),
    )
  }
  // A section without its data that a content page stands in for (app/_section/without-data.tsx).
  const listed = new Set(entries.map((e) => e.path))
  for (const p of pages) if (!listed.has(p.url)) entries.push({ path: p.url })
  return entries
}
