import type { Metadata } from 'next'
import { findPage, getSite, type SiteConfig } from '@/lib/content'

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

/** Metadata for a section page (/posts/, /oss/, ...), titled by its introduction page if it has one. */
export async function sectionMetadata(url: string, fallbackTitle: string): Promise<Metadata> {
  const page = await findPage(url)
  return pageMetadata(await getSite(), {
    title: page?.title ?? fallbackTitle,
    description: page?.description,
    url,
  })
}
