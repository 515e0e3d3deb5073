import type { PostHeader, SiteContent } from '@/lib/content'
import { formatDay } from '@/lib/content/dates'
import { publicationPath, publicationDate } from '@/lib/publications/model'

export const OG_WIDTH = 1200
export const OG_HEIGHT = 630

/** What one social preview image shows, and the site path it is published at. */
export interface OgCard {
  path: string
  kind: 'Post' | 'Publication'
  title: string
  date: string
}

/** Where a page's preview image is published: `/blog/2019/08/07/x/` → `/og/blog/2019/08/07/x.png`. */
export function ogImagePath(pageUrl: string): string {
  return `/og${pageUrl.replace(/\/$/, '')}.png`
}

/** The preview cards of the posts that have a page here (not those published elsewhere). */
export function postCards(posts: PostHeader[]): OgCard[] {
  return posts
    .filter((p) => !p.externalUrl)
    .map((p) => ({
      path: ogImagePath(p.url),
      kind: 'Post',
      title: p.title,
      date: formatDay(p.date),
    }))
}

/** A preview card for every post page and publication page (scripts/og-images.ts draws them). */
export function ogCards(content: SiteContent): OgCard[] {
  const posts = postCards(content.posts)
  const publications = (content.publications ?? []).map((p): OgCard => ({
    path: ogImagePath(publicationPath(p.key)),
    kind: 'Publication',
    title: p.title,
    date: publicationDate(p),
  }))
  return [...posts, ...publications]
}
