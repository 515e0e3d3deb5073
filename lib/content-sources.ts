import { analyticsSources } from '@/lib/analytics'
import type { SiteConfig } from '@/lib/content/site'
import type { ExtraSources } from '@/lib/security'

/** What a site's configuration adds to the security policy: its analytics, its framed sites. */
export function siteSources(site: SiteConfig): ExtraSources | undefined {
  const analytics: ExtraSources | undefined = analyticsSources(site)
  const frames = site.content.frames
  if (!frames.length) return analytics
  return { ...analytics, 'frame-src': [...(analytics?.['frame-src'] ?? []), ...frames] }
}
