import type { Post } from '@/lib/content'

/** A tag's URL segment: lower case and path-safe, with `c++` → `cpp` and `c#` → `csharp`. */
export function tagSlug(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/\+/g, 'p')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export function tagUrl(tag: string): string {
  return `/tags/${tagSlug(tag)}/`
}

/** Every tag with its posts, most used first, then alphabetically; tags differing in case are one. */
export function tagIndex(posts: Post[]): { tag: string; slug: string; posts: Post[] }[] {
  const bySlug = new Map<string, { tag: string; slug: string; posts: Post[] }>()
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

/** The post before (older) and after (newer) this one, among posts with a page here. */
export function neighbours(posts: Post[], post: Post): { older?: Post; newer?: Post } {
  const local = posts.filter((p) => !p.externalUrl)
  const i = local.indexOf(post)
  return { newer: i > 0 ? local[i - 1] : undefined, older: i >= 0 ? local[i + 1] : undefined }
}

/** Up to `count` other posts sharing the most tags with this one, newest first among equals. */
export function relatedPosts(posts: Post[], post: Post, count = 3): Post[] {
  const tags = new Set(post.tags.map((t) => t.toLowerCase()))
  return posts
    .filter((p) => p !== post)
    .map((p) => ({ p, shared: p.tags.filter((t) => tags.has(t.toLowerCase())).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || b.p.date.instant.getTime() - a.p.date.instant.getTime())
    .slice(0, count)
    .map((x) => x.p)
}

/** Where a post's title links: its page here, or the site it was published on. */
export function postHref(post: Post): string {
  return post.externalUrl ?? post.url
}

/** A post's one-sentence summary: its `description`, else its excerpt. */
export function postSummary(post: Post): string {
  return post.description || post.document.outline.excerpt
}
