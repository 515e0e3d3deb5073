import type { Metadata } from 'next'
import { postSummary } from '@/lib/posts'
import { findPage, getSite, type Post, type SiteConfig } from '@/lib/content'
import { feedAlternates } from '@/lib/feed-links'
import { pagedTitle } from '@/lib/pagination'
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

/**
 * Metadata for a section page (/posts/, /oss/, ...), titled by its introduction page if it has one.
 * A later page of a paginated section (/posts/page/2/) is titled with its number and is its own
 * canonical URL: it lists other posts than the first page, so it is not a duplicate of it.
 */
export async function sectionMetadata(
  url: string,
  fallbackTitle: string,
  page?: { number: number; count: number; url: string },
): Promise<Metadata> {
  const intro = await findPage(url)
  const title = intro?.title ?? fallbackTitle
  return pageMetadata(await getSite(), {
    title: page ? pagedTitle(title, page) : title,
    description: intro?.description,
    url: page?.url ?? url,
  })
}

/** Metadata for a page of a tag's posts; each page is its own canonical URL, as in sectionMetadata. */
export async function tagMetadata(entry: {
  tag: string
  total: number
  page: { number: number; count: number; url: string }
}): Promise<Metadata> {
  return pageMetadata(await getSite(), {
    title: pagedTitle(`Posts tagged #${entry.tag}`, entry.page),
    description: `${entry.total} posts about ${entry.tag}.`,
    url: entry.page.url,
  })
}
