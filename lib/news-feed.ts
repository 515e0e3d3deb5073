import { Feed } from 'feed'
import type { SiteContent } from '@/lib/content'
import { absoluteUrl } from '@/lib/urls'

export const NEWS_FEED_PATH = '/news.xml'

/**
 * The news as an Atom feed of its own (/news.xml), apart from the posts' feeds: an item is a line
 * or two, not an article. Each entry links what it is about, or its place on /news/. Dates come
 * from the items (never the build clock), so two builds of the same content are identical.
 */
export function newsFeed(content: SiteContent): string {
  const { site } = content
  const news = content.news ?? []
  const page = absoluteUrl(site, '/news/')
  const when = (d: (typeof news)[number]['date']) =>
    new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1))
  const feed = new Feed({
    title: `${site.title}: news`,
    description: `News from ${site.author.name}`,
    id: page,
    link: page,
    language: site.lang,
    copyright: site.author.name,
    updated: news[0] ? when(news[0].date) : new Date(0),
    generator: 'gibsonic',
    feedLinks: { atom: absoluteUrl(site, NEWS_FEED_PATH) },
    author: { name: site.author.name, link: absoluteUrl(site, '/') },
  })
  for (const item of news)
    feed.addItem({
      title: item.plain.length > 90 ? `${item.plain.slice(0, 89)}…` : item.plain,
      id: `${page}#${item.id}`,
      link: item.link ? absoluteUrl(site, item.link) : `${page}#${item.id}`,
      date: when(item.date),
      content: item.html,
    })
  return feed.atom1()
}
