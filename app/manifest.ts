import type { MetadataRoute } from 'next'
import { getSite } from '@/lib/content'
import { url } from '@/lib/urls'

export const dynamic = 'force-static'

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const site = await getSite()
  return {
    name: site.title,
    short_name: site.author.name,
    description: site.description,
    start_url: url('/'),
    scope: url('/'),
    display: 'browser',
    background_color: '#fbfbf8',
    theme_color: '#1f5f8b',
    icons: [
      { src: url('/icon.svg'), type: 'image/svg+xml', sizes: 'any' },
      { src: url('/apple-icon.png'), type: 'image/png', sizes: '180x180' },
    ],
  }
}
