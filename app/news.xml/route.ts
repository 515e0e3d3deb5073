import { getContent } from '@/lib/content'
import { newsFeed } from '@/lib/news-feed'

export const dynamic = 'force-static'

/** The news feed (Atom); removed after the build when the site has no news. */
export async function GET() {
  return new Response(newsFeed(await getContent()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
}
