import { getContent } from '@/lib/content'
import { FEEDS } from '@/lib/feed-links'
import { buildFeed } from '@/lib/feeds'

export const dynamic = 'force-static'

/** Atom at /atom.xml too: the other address Jekyll sites wrote their feed to (feed.xml's twin). */
export async function GET() {
  const feed = await buildFeed(await getContent(), { atom: true })
  return new Response(feed.atom1(), {
    headers: { 'Content-Type': `${FEEDS.atom.type}; charset=utf-8` },
  })
}
