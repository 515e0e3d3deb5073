import type { Metadata } from 'next'
import { postSummary } from '@/lib/posts'
import { findPage, getSite, type Post, type SiteConfig } from '@/lib/content'
import { feedAlternates } from '@/lib/feed-links'

/** Title, description and canonical URL for one page; the layout supplies the rest. */
export function pageMetadata(
  site: SiteConfig,
  page: { title?: string; description?: string; url: string },
): Metadata {
  const description = page.description ?? site.description
  return {
    title: page.title,
    description,
    // A page's alternates replace the layout's, so the feed links are repeated here.
    alternates: { canonical: page.url, types: feedAlternates(site) },
    openGraph: {
      title: page.title ?? site.title,
      description,
      url: page.url,
      siteName: site.title,
      type: 'website',
    },
    twitter: { card: 'summary', title: page.title ?? site.title, description },
  }
}

/** A post's metadata: the page's, plus Open Graph's article fields and its header image. */
export function postMetadata(site: SiteConfig, post: Post): Metadata {
  const base = pageMetadata(site, {
    title: post.title,
    description: postSummary(post) || undefined,
    url: post.url,
  })
  const images = post.image ? [{ url: post.image }] : undefined
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: post.date.instant.toISOString(),
      modifiedTime: (post.updated ?? post.date).instant.toISOString(),
      authors: [site.author.name],
      tags: post.tags,
      images,
    },
    twitter: { ...base.twitter, card: post.image ? 'summary_large_image' : 'summary', images },
  }
}

/** Metadata for a section page (/posts/, /oss/, ...), titled by its introduction page if it has one. */
export async function sectionMetadata(url: string, fallbackTitle: string): Promise<Metadata> {
  const page = await findPage(url)
  return pageMetadata(await getSite(), {
    title: page?.title ?? fallbackTitle,
    description: page?.description,
    url,
  })
}
