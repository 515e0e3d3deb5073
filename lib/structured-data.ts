import type { Post, SiteConfig } from '@/lib/content'
import { postSummary } from '@/lib/posts'
import { absoluteUrl } from '@/lib/urls'

/** schema.org `BlogPosting` for a post page. */
export function blogPosting(site: SiteConfig, post: Post): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: postSummary(post),
    url: absoluteUrl(site, post.url),
    mainEntityOfPage: absoluteUrl(site, post.url),
    datePublished: post.date.instant.toISOString(),
    dateModified: (post.updated ?? post.date).instant.toISOString(),
    author: { '@type': 'Person', name: site.author.name, url: absoluteUrl(site, '/') },
    keywords: post.tags.join(', '),
    ...(post.image && { image: absoluteUrl(site, post.image) }),
  }
}

/** schema.org `Person` for the About page: who the site is about, and their profiles elsewhere. */
export function person(site: SiteConfig): Record<string, unknown> {
  const { author } = site
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: author.name,
    url: absoluteUrl(site, '/'),
    ...(author.job_title && { jobTitle: author.job_title }),
    ...(author.image && { image: absoluteUrl(site, author.image) }),
    ...(author.employer && {
      worksFor: { '@type': 'Organization', name: author.employer.name, url: author.employer.url },
    }),
    alumniOf: author.alumni.map((a) => ({
      '@type': 'CollegeOrUniversity',
      name: a.name,
      url: a.url,
    })),
    sameAs: site.social.map((s) => s.url),
  }
}
