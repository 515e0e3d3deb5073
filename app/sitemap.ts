import type { MetadataRoute } from 'next'
import { getContent } from '@/lib/content'
import { sitemapEntries } from '@/lib/sitemap'
import { absoluteUrl } from '@/lib/urls'

export const dynamic = 'force-static'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const content = await getContent()
  return sitemapEntries(content).map((e) => ({
    url: absoluteUrl(content.site, e.path),
    ...(e.lastModified && { lastModified: e.lastModified }),
  }))
}
