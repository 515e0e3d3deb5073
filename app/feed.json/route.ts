import { getContent } from '@/lib/content'
import { FEEDS } from '@/lib/feed-links'
import { buildFeed } from '@/lib/feeds'

export const dynamic = 'force-static'

export async function GET() {
  const feed = await buildFeed(await getContent(), { json: true })
  return new Response(feed.json1(), {
    headers: { 'Content-Type': `${FEEDS.json.type}; charset=utf-8` },
  })
}
