import type { Post, SiteConfig } from '@/lib/content'
import { absoluteUrl } from '@/lib/urls'

/** schema.org `BlogPosting` for a post page. */
export function blogPosting(site: SiteConfig, post: Post): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description || post.outline.excerpt,
    url: absoluteUrl(site, post.url),
    mainEntityOfPage: absoluteUrl(site, post.url),
    datePublished: post.date.instant.toISOString(),
    dateModified: (post.updated ?? post.date).instant.toISOString(),
    author: { '@type': 'Person', name: site.author.name, url: absoluteUrl(site, '/') },
    keywords: post.tags.join(', '),
    ...(post.image && { image: absoluteUrl(site, post.image) }),
  }
}
