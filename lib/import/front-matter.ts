import YAML from 'yaml'
import { frontMatterText } from '../content/front-matter'

// Jekyll keys the site has no use for: layouts are the site's own, and the rest is folded into
// other keys below.
const DROPPED = new Set([
  'layout',
  'excerpt_separator',
  'published',
  'slug',
  'excerpt',
  'last_modified_at',
  'modified',
  'category',
  'tag',
  'permalink',
  'redirect_from',
])

/** Splits `---` front matter from the body; YAML 1.2, so dates stay the strings the author wrote. */
export function readFrontMatter(
  text: string,
): { data: Record<string, unknown>; body: string; bodyLine: number } | undefined {
  const { yaml, body, bodyLine } = frontMatterText(text)
  // Like Jekyll, a file without a closed `---` block has no front matter.
  if (yaml === undefined) return undefined
  const parsed: unknown = YAML.parse(yaml) ?? {}
  const data =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {}
  return { data, body, bodyLine }
}

/** Jekyll's `tags`/`categories` (and singular `tag`/`category`): a list, or words in one string. */
export function wordList(...values: unknown[]): string[] {
  const words = values.flatMap((v) =>
    Array.isArray(v)
      ? v.map(String)
      : typeof v === 'string' || typeof v === 'number'
        ? String(v).split(/\s+/)
        : [],
  )
  return [...new Set(words.map((w) => w.trim()).filter(Boolean))]
}

/**
 * Jekyll's `pluralized_array_from_hash`: the singular key (`category: Machine Learning`) is one
 * value and wins when present; the plural one is a list, or words in one string.
 */
export function jekyllList(
  data: Record<string, unknown>,
  singular: string,
  plural: string,
): string[] {
  const one = data[singular]
  if (one !== undefined && one !== null && one !== '')
    return Array.isArray(one) ? wordList(one) : wordList([String(one)])
  return wordList(data[plural])
}

/** `Utils.titleize_slug`: the title Jekyll gives a post without one (`my-first-post` → `My First Post`). */
export function titleFromSlug(slug: string): string {
  return slug
    .split('-')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ')
}

/** A front-matter date as text: YAML may have read it as a number or a Date. */
export function dateText(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string' && value.trim()) return value.trim()
  return undefined
}

function imagePath(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    for (const key of ['path', 'feature', 'url', 'src'])
      if (typeof o[key] === 'string') return o[key]
  }
  return undefined
}

export interface MappedUrls {
  /** Written only when the site's URL pattern would give another URL. */
  permalink?: string
  redirectFrom: string[]
}

/** A post's front matter as the site reads it (lib/content/posts.ts), unknown keys kept. */
export function mapPostFrontMatter(
  data: Record<string, unknown>,
  post: { title: string; date: string; categories: string[]; draft: boolean; urls: MappedUrls },
): Record<string, unknown> {
  const out: Record<string, unknown> = { title: post.title, date: post.date }
  const updated =
    dateText(data.last_modified_at) ?? dateText(data.modified) ?? dateText(data.updated)
  if (updated) out.updated = updated
  // (`tags: one, two` is `one,` and `two,` to Jekyll; the commas were never meant as part of it)
  const tags = wordList(jekyllList(data, 'tag', 'tags').map((t) => t.replace(/,+$/, '')))
  if (tags.length) out.tags = tags
  if (post.categories.length) out.categories = post.categories
  const description =
    typeof data.description === 'string'
      ? data.description
      : typeof data.excerpt === 'string'
        ? data.excerpt
        : undefined
  if (description) out.description = description
  const image = imagePath(data.image)
  if (image) out.image = image
  if (post.draft) out.draft = true
  return withRest(out, data, post.urls)
}

/** A page's front matter as the site reads it (lib/content/pages.ts), unknown keys kept. */
export function mapPageFrontMatter(
  data: Record<string, unknown>,
  page: { title: string; urls: MappedUrls },
): Record<string, unknown> {
  const out: Record<string, unknown> = { title: page.title }
  if (typeof data.description === 'string') out.description = data.description
  return withRest(out, data, page.urls)
}

function withRest(
  out: Record<string, unknown>,
  data: Record<string, unknown>,
  urls: MappedUrls,
): Record<string, unknown> {
  if (urls.permalink) out.permalink = urls.permalink
  if (urls.redirectFrom.length) out.redirect_from = urls.redirectFrom
  for (const [key, value] of Object.entries(data))
    if (
      !(key in out) &&
      !DROPPED.has(key) &&
      !['title', 'date', 'tags', 'categories', 'description', 'image', 'updated', 'draft'].includes(
        key,
      )
    )
      out[key] = value
  return out
}

/** The file the import writes: YAML front matter, then the converted body. */
export function writeDocument(front: Record<string, unknown>, body: string): string {
  const yaml = YAML.stringify(front, { lineWidth: 0 })
  return `---\n${yaml}---\n${body.startsWith('\n') ? '' : '\n'}${body.trimEnd()}\n`
}
