import type { Metadata } from 'next'
import { postSummary } from '@/lib/posts'
import { findPage, getSite, type Post, type SiteConfig } from '@/lib/content'
import { feedAlternates } from '@/lib/feed-links'
import { OG_HEIGHT, OG_WIDTH, ogImagePath } from '@/lib/og'
import { absoluteUrl } from '@/lib/urls'

/**
 * Title, description and canonical URL for one page; the layout supplies the rest. `preview`
 * marks a page with a generated preview image (posts and publications, see lib/og.ts): it becomes
 * og:image and twitter:image, as an absolute URL with the base path.
 */
export function pageMetadata(
  site: SiteConfig,
  page: { title?: string; description?: string; url: string; preview?: boolean },
): Metadata {
  const description = page.description ?? site.description
  const images = page.preview
    ? [
        {
          url: absoluteUrl(site, ogImagePath(page.url)),
          width: OG_WIDTH,
          height: OG_HEIGHT,
          alt: page.title ?? site.title,
        },
      ]
    : undefined
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
      images,
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title: page.title ?? site.title,
      description,
      images,
    },
  }
}

/** A post's metadata: the page's with its preview image, plus Open Graph's article fields. */
export function postMetadata(site: SiteConfig, post: Post): Metadata {
  const base = pageMetadata(site, {
    title: post.title,
    description: postSummary(post) || undefined,
    url: post.url,
    preview: true,
  })
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: post.date.instant.toISOString(),
      modifiedTime: (post.updated ?? post.date).instant.toISOString(),
      authors: [site.author.name],
      tags: post.tags,
    },
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
