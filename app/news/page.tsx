import type { Metadata } from 'next'
import { SectionWithoutData } from '@/app/_section/without-data'
import { NewsList } from '@/components/news/NewsList'
import { SectionIntro } from '@/components/SectionIntro'
import { findPage, getContent, getSite } from '@/lib/content'
import { feedAlternates } from '@/lib/feed-links'
import { sectionMetadata } from '@/lib/metadata'
import { NEWS_FEED_PATH } from '@/lib/news-feed'
import { searchBody } from '@/lib/search'
import { absoluteUrl } from '@/lib/urls'

const SECTION_URL = '/news/'

// The news page also announces the news feed, beside the site's feeds.
export async function generateMetadata(): Promise<Metadata> {
  const meta = await sectionMetadata(SECTION_URL, 'News')
  const site = await getSite()
  const types = feedAlternates(site)
  types['application/atom+xml'] = [
    ...(types['application/atom+xml'] ?? []),
    { url: absoluteUrl(site, NEWS_FEED_PATH), title: `${site.title}: news (Atom)` },
  ]
  return { ...meta, alternates: { ...meta.alternates, types } }
}

export default async function NewsPage() {
  const { news } = await getContent()
  if (!news?.length) return <SectionWithoutData url={SECTION_URL} />
  return (
    <article className="page" {...searchBody('News')}>
      <SectionIntro title="News" page={await findPage(SECTION_URL)} />
      <NewsList news={news} label="News" />
    </article>
  )
}
