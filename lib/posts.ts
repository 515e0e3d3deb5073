import type { Post } from '@/lib/content'
import { tagSlug } from '@/lib/slug'

export function tagUrl(tag: string): string {
  return `/tags/${tagSlug(tag)}/`
}

export type TagEntry = { tag: string; slug: string; posts: Post[] }

/**
 * Every tag with its posts, most used first, then alphabetically; tags differing in case are one.
 * Built once per list of posts (every tag page asks); callers only read it.
 */
export function tagIndex(posts: Post[]): TagEntry[] {
  return indexOf(posts).tags
}

function buildTagIndex(posts: Post[]): TagEntry[] {
  const bySlug = new Map<string, TagEntry>()
  for (const post of posts) {
    for (const tag of post.tags) {
      const slug = tagSlug(tag)
      const entry = bySlug.get(slug) ?? { tag: tag.toLowerCase(), slug, posts: [] }
      entry.posts.push(post)
      bySlug.set(slug, entry)
    }
  }
  return [...bySlug.values()].sort(
    (a, b) => b.posts.length - a.posts.length || a.tag.localeCompare(b.tag),
  )
}

/**
 * Lookups built once per list of posts (every post page asks; a scan of the whole list for each
 * would make a 10,000-post build quadratic): the local posts' positions, each tag's posts (by
 * lower-case name, for related posts) and the tag index (by URL slug, for the tag pages).
 */
interface PostIndex {
  local: Post[]
  position: Map<Post, number>
  byTag: Map<string, Post[]>
  tags: TagEntry[]
}
const indexes = new WeakMap<Post[], PostIndex>()

function indexOf(posts: Post[]): PostIndex {
  let index = indexes.get(posts)
  if (!index) {
    const local = posts.filter((p) => !p.externalUrl)
    const byTag = new Map<string, Post[]>()
    for (const p of posts)
      for (const tag of new Set(p.tags.map((t) => t.toLowerCase()))) {
        const list = byTag.get(tag)
        if (list) list.push(p)
        else byTag.set(tag, [p])
      }
    index = {
      local,
      position: new Map(local.map((p, i) => [p, i])),
      byTag,
      tags: buildTagIndex(posts),
    }
    indexes.set(posts, index)
  }
  return index
}

/** The post before (older) and after (newer) this one, among posts with a page here. */
export function neighbours(posts: Post[], post: Post): { older?: Post; newer?: Post } {
  const { local, position } = indexOf(posts)
  const i = position.get(post)
  if (i === undefined) return {}
  return { newer: local[i - 1], older: local[i + 1] }
}

/** Up to `count` other posts sharing the most tags with this one, newest first among equals. */
export function relatedPosts(posts: Post[], post: Post, count = 3): Post[] {
  if (count < 1) return []
  const { byTag } = indexOf(posts)
  const shared = new Map<Post, number>()
  for (const tag of new Set(post.tags.map((t) => t.toLowerCase())))
    for (const p of byTag.get(tag) ?? []) if (p !== post) shared.set(p, (shared.get(p) ?? 0) + 1)
  // The best `count` in one pass: a popular tag can hold thousands of posts.
  const better = (a: [Post, number], b: [Post, number]) =>
    a[1] - b[1] || a[0].date.instant.getTime() - b[0].date.instant.getTime()
  const best: [Post, number][] = []
  for (const entry of shared) {
    if (best.length === count && better(entry, best[count - 1]!) <= 0) continue
    best.splice(best.length === count ? count - 1 : best.length, 1, entry)
    best.sort((a, b) => better(b, a))
  }
  return best.map(([p]) => p)
}

/** Where a post's title links: its page here, or the site it was published on. */
export function postHref(post: Post): string {
  return post.externalUrl ?? post.url
}

/** A post's one-sentence summary: its `description`, else its excerpt. */
export function postSummary(post: Post): string {
  return post.description || post.document.outline.excerpt
}
