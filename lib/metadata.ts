import type { Metadata } from 'next'
import type { SiteConfig } from '@/lib/content'

/** Title, description and canonical URL for one page; the layout supplies the rest. */
export function pageMetadata(
  site: SiteConfig,
  page: { title?: string; description?: string; url: string },
): Metadata {
  const description = page.description ?? site.description
  return {
    title: page.title,
    description,
    alternates: { canonical: page.url },
    openGraph: {
      title: page.title ?? site.title,
      description,
      url: page.url,
      siteName: site.title,
      type: 'website',
    },
  }
}
