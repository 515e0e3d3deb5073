import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { TagPage } from '@/components/posts/PostListPage'
import { getContent } from '@/lib/content'
import { tagMetadata } from '@/lib/metadata'
import { pageParam } from '@/lib/pagination'
import { tagListPage, tagListPages } from '@/lib/post-lists'
import { atLeastOne } from '@/lib/routes'

type Params = { tag: string; page: string }

// Only the pages each tag's posts fill; the first is /tags/<tag>/ itself, never .../page/1/.
export const dynamicParams = false

export async function generateStaticParams(): Promise<Params[]> {
  const { site, posts } = await getContent()
  return atLeastOne(
    tagListPages(posts, site.posts.per_page).flatMap(({ slug, pages }) =>
      pages.slice(1).map((p) => ({ tag: slug, page: String(p.number) })),
    ),
    { tag: '404', page: '404' },
  )
}

/** The tag and page at the route's slug and number; shared by the page and its metadata. */
async function lookup(params: Promise<Params>) {
  const { tag, page } = await params
  const number = pageParam(page)
  return number === undefined ? undefined : tagListPage(tag, number)
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const entry = await lookup(params)
  return entry ? tagMetadata(entry) : {}
}

export default async function TagLaterPage({ params }: { params: Promise<Params> }) {
  const entry = await lookup(params)
  if (!entry) notFound()
  return <TagPage {...entry} />
}
