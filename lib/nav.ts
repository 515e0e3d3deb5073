import type { SiteContent } from '@/lib/content'

/** The configured navigation, minus sections this site has no content for (no .bib, no oss.yaml, no talks). */
export function navItems(content: SiteContent): { title: string; url: string }[] {
  return content.site.nav.filter(
    (item) =>
      !(item.url === '/publications/' && !content.publications) &&
      !(item.url === '/oss/' && !content.oss) &&
      !(item.url === '/talks/' && !content.talks?.length),
  )
}
