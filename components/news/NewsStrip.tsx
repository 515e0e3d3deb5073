import Link from 'next/link'
import { getContent } from '@/lib/content'
import { NewsList } from './NewsList'

/** How many of the newest items the home page shows. */
const ON_HOME_PAGE = 3

/** The newest news under the author's text on the home page; nothing when there is no news. */
export async function NewsStrip() {
  const { news } = await getContent()
  if (!news?.length) return null
  return (
    <section aria-labelledby="news" className="news-strip">
      <h2 id="news">News</h2>
      <NewsList news={news.slice(0, ON_HOME_PAGE)} label="Latest news" />
      {news.length > ON_HOME_PAGE && (
        <p>
          <Link href="/news/">All news</Link>
        </p>
      )}
    </section>
  )
}
