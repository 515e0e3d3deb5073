import type { SiteContent } from '@/lib/content'

/** The optional sections, and whether a site has content for each. */
function hasSection(content: SiteContent): Record<string, boolean> {
  return {
    '/publications/': !!content.publications,
    '/oss/': !!content.oss,
    '/talks/': !!content.talks?.length,
    '/news/': !!content.news?.length,
    '/cv/': !!content.cv,
    '/projects/': !!content.projects?.length,
    '/teaching/': !!content.teaching?.length,
  }
}

/** The configured navigation, minus sections this site has no content for (no .bib, no talks...). */
export function navItems(content: SiteContent): { title: string; url: string }[] {
  const has = hasSection(content)
  return content.site.nav.filter((item) => has[item.url] ?? true)
}
