import { getContent, type Post } from '@/lib/content'
import { listPages, pageOf, type ListPage } from '@/lib/pagination'
import { tagIndex, tagUrl } from '@/lib/posts'

/** The post list's URL: its first page, and the prefix of the others (`/posts/page/2/`). */
export const POSTS_URL = '/posts/'

/** Page `number` of the post list (newest first, `posts.per_page` a page), if there is one. */
export async function postListPage(number: number): Promise<ListPage<Post> | undefined> {
  const { site, posts } = await getContent()
  return pageOf(posts, site.posts.per_page, POSTS_URL, number)
}

/** A tag (by its URL slug) with page `number` of its posts, if both exist. */
export async function tagListPage(
  slug: string,
  number: number,
): Promise<{ tag: string; total: number; page: ListPage<Post> } | undefined> {
  const { site, posts } = await getContent()
  // Next.js hands a segment of another script percent-encoded (`%E6%97%A5…` for `日本語`).
  const wanted = decodeURIComponent(slug)
  const entry = tagIndex(posts).find((t) => t.slug === wanted)
  const page = entry && pageOf(entry.posts, site.posts.per_page, tagUrl(entry.tag), number)
  return entry && page && { tag: entry.tag, total: entry.posts.length, page }
}

/** Every page of the post list, first to last. */
export function postListPages(posts: Post[], perPage: number): ListPage<Post>[] {
  return listPages(posts, perPage, POSTS_URL)
}

/** Every tag with every page of its posts, first to last. */
export function tagListPages(
  posts: Post[],
  perPage: number,
): { slug: string; pages: ListPage<Post>[] }[] {
  return tagIndex(posts).map((t) => ({
    slug: t.slug,
    pages: listPages(t.posts, perPage, tagUrl(t.tag)),
  }))
}
