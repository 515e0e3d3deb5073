import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageView } from '@/components/PageView'
import { PostView } from '@/components/posts/PostView'
import { findPage, findPost, getContent, getSite } from '@/lib/content'
import { jsonLd } from '@/lib/json-ld'
import { pageMetadata, postMetadata } from '@/lib/metadata'
import { reusedPostUrls } from '@/lib/reuse'
import { neighbours, relatedPosts } from '@/lib/posts'
import { atLeastOne, isSectionUrl, segmentsToUrl, urlToSegments } from '@/lib/routes'
import { blogPosting } from '@/lib/structured-data'

type Params = { slug: string[] }

// Every other URL is a 404: the export has exactly the pages and posts content declares.
export const dynamicParams = false

export async function generateStaticParams(): Promise<Params[]> {
  const { pages, posts } = await getContent()
  // Post pages the build takes unchanged from its previous output (see scripts/reuse-pages.ts).
  const reused = reusedPostUrls()
  const docs = [
    ...pages.filter((p) => !isSectionUrl(p.url)),
    ...posts.filter((p) => !p.externalUrl && !reused.has(p.url)),
  ]
  return atLeastOne(
    docs.map((p) => ({ slug: urlToSegments(p.url) })),
    { slug: ['404'] },
  )
}

/** The page or post at the route's URL; shared by the page and its metadata. */
async function lookup(params: Promise<Params>) {
  const url = segmentsToUrl((await params).slug)
  const post = await findPost(url)
  return post && !post.externalUrl ? { post } : { page: await findPage(url) }
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { post, page } = await lookup(params)
  const site = await getSite()
  if (post) return postMetadata(site, post)
  return page ? pageMetadata(site, page) : {}
}

export default async function ContentRoute({ params }: { params: Promise<Params> }) {
  const { post, page } = await lookup(params)
  if (post) {
    const { site, posts } = await getContent()
    return (
      <>
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: jsonLd(blogPosting(site, post)) }}
        />
        <PostView post={post} {...neighbours(posts, post)} related={relatedPosts(posts, post)} />
      </>
    )
  }
  if (!page) notFound()
  return <PageView page={page} />
}
