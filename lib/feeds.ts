import { Feed } from 'feed'
import type { Element, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { visit } from '@/lib/markdown/visit'
import type { Post, SiteContent } from '@/lib/content'
import { documentHast } from '@/lib/content/documents'
import { mdxToHast } from '@/lib/markdown/mdx-outline'
import { postHref, postSummary } from '@/lib/posts'
import { tagSlug } from '@/lib/slug'
import { absoluteUrl } from '@/lib/urls'
import { FEEDS } from './feed-links'

/** How many of the newest posts a feed carries. */
const FEED_LENGTH = 30

/**
 * Each post's feed HTML, once per build process: the Atom, RSS and JSON feed routes render in the
 * same Next.js worker and would otherwise each read and serialise every post's tree again (for a
 * 5 MiB post, four reads of a 66 MB cached tree, about 4 s each). Keyed by the post object, which
 * lives as long as the process's loaded content.
 */
const feedHtmlOf = new WeakMap<Post, Promise<string>>()

function feedHtml(content: SiteContent, post: Post): Promise<string> {
  let html = feedHtmlOf.get(post)
  if (!html) {
    html = postFeedHtml(content, post)
    feedHtmlOf.set(post, html)
  }
  return html
}

/** A post's HTML for a feed reader: every URL absolute, since the reader is not on this site. */
async function postFeedHtml(content: SiteContent, post: Post): Promise<string> {
  const base = absoluteUrl(content.site, post.url)
  // Both give a tree of this call's own, which is changed in place.
  const tree: Root =
    post.document.format === 'md'
      ? await documentHast(post.document)
      : await mdxToHast(post.document.source)
  visit(tree, 'element', (el: Element) => {
    for (const key of ['href', 'src', 'poster'] as const) {
      const value = el.properties[key]
      if (typeof value === 'string' && !value.startsWith('#'))
        el.properties[key] = new URL(value, base).href
    }
    // Heading anchors mean nothing in a feed reader, and it has no stylesheet to hide the
    // screen-reader labels (" (external link)") with: they would show as text.
    const classes = el.properties.className as string[] | undefined
    if (classes?.includes('heading-anchor') || classes?.includes('visually-hidden'))
      el.children = []
  })
  return toHtml(tree)
}

/**
 * Atom and RSS carry titles and summaries as HTML inside CDATA sections (the `feed` package writes
 * them so), which every reader parses as markup: plain text is escaped first, so a title such as
 * `</script><script>alert(1)</script>` is shown, never run. A CDATA section ends at the first
 * `]]>`, so no text or HTML handed to it may hold one (`]]&gt;` means the same in HTML). JSON Feed
 * titles and summaries are plain text and stay as they are.
 */
function asHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function inCdata(html: string): string {
  return html.replaceAll(']]>', ']]&gt;')
}

/**
 * An Atom category: `term` (required) is the tag's slug and `scheme` the tag pages. The `feed`
 * package escapes only `&` and `"` in attributes, so a label holding `<` would make the XML
 * invalid; such a tag keeps its slug and goes without the optional label.
 */
function atomCategory(site: SiteContent['site'], name: string) {
  return {
    term: tagSlug(name),
    scheme: absoluteUrl(site, '/tags/'),
    ...(!name.includes('<') && { name }),
  }
}

/**
 * The feed of the newest posts, shared by the Atom, RSS and JSON routes. Its `updated` date is
 * the newest post's, never the build clock, so two builds of the same content are identical.
 */
export async function buildFeed(
  content: SiteContent,
  { atom = false, json = false } = {},
): Promise<Feed> {
  const text = json ? (s: string) => s : asHtml
  const html = json ? (s: string) => s : inCdata
  const { site } = content
  const posts = content.posts.slice(0, FEED_LENGTH)
  const home = absoluteUrl(site, '/')
  const feed = new Feed({
    title: site.title,
    description: site.description,
    id: home,
    link: home,
    language: site.lang,
    favicon: absoluteUrl(site, '/favicon.ico'),
    copyright: `${site.author.name}`,
    updated: posts[0] ? (posts[0].updated ?? posts[0].date).instant : new Date(0),
    feedLinks: Object.fromEntries(
      Object.entries(FEEDS).map(([k, f]) => [k, absoluteUrl(site, f.path)]),
    ),
    author: { name: site.author.name, link: home },
  })
  for (const post of posts) {
    const link = absoluteUrl(site, postHref(post))
    feed.addItem({
      title: text(post.title),
      id: absoluteUrl(site, post.url),
      link,
      date: (post.updated ?? post.date).instant,
      published: post.date.instant,
      description: text(postSummary(post)),
      // A post too long to carry whole (lib/content/limits.ts) has its summary and link only, as
      // a post published elsewhere has. JSON Feed requires content: there it is the summary, as
      // HTML (the `feed` package would fall back to the plain text, unescaped).
      content:
        post.externalUrl || post.summaryInFeeds
          ? json
            ? `<p>${asHtml(postSummary(post))}</p>`
            : undefined
          : html(await feedHtml(content, post)),
      category: post.tags.map((name) => (atom ? atomCategory(site, name) : { name })),
      author: [{ name: site.author.name, link: home }],
      ...(post.image && { image: absoluteUrl(site, post.image) }),
    })
  }
  return feed
}
