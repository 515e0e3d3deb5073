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

export interface NavItem {
  title: string
  url: string
  /** Path prefixes of the pages that belong to this section (its own URL first). */
  section: string[]
}

/** The fixed part of a permalink pattern: `/blog/` for `/blog/:year/:month/:day/:title/`. */
function staticPrefix(pattern: string): string {
  const fixed = pattern.split(':')[0]!
  return fixed.slice(0, fixed.lastIndexOf('/') + 1)
}

/**
 * The configured navigation, minus sections this site has no content for (no .bib, no talks...).
 * Posts, tag pages and (when their permalink has a fixed prefix) single posts belong to the
 * section that links to the post list, so the header can mark it on each of them.
 */
export function navItems(content: SiteContent): NavItem[] {
  const has = hasSection(content)
  const postPrefix = staticPrefix(content.site.posts.permalink)
  return (
    content.site.nav
      // A section without its data is still listed when a content page has its URL (SectionWithoutData).
      .filter((item) => (has[item.url] ?? true) || content.pages.some((p) => p.url === item.url))
      .map((item) => ({
        ...item,
        section:
          item.url === '/posts/'
            ? [item.url, '/tags/', ...(postPrefix !== '/' ? [postPrefix] : [])]
            : [item.url],
      }))
  )
}

/**
 * How a navigation entry relates to the page at `pathname`: `page` for the entry's own page,
 * `true` for a page inside its section, undefined otherwise (the values of `aria-current`).
 */
export function currentIn(item: NavItem, pathname: string): 'page' | 'true' | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`
  if (path === item.url) return 'page'
  if (item.url === '/') return undefined
  return item.section.some((prefix) => path.startsWith(prefix)) ? 'true' : undefined
}

/**
 * Whether the header's sections fit on one row between the title and the tools of the 42rem column
 * (`--measure` in globals.css); if not, the header gives them a row of their own. An estimate from
 * the text's length at the widths of DejaVu Sans, the widest of the system fonts the site asks for:
 * 0.76rem a character of the bold title, 0.53rem a character of a section plus 1.25rem of padding
 * and gap each, and 33.7rem for both (the column's 39.5rem less the search and theme buttons and
 * the gaps). Where it errs, the sections wrap inside their column (globals.css): they never overlap.
 */
export function navFitsOneRow(title: string, nav: { title: string }[]): boolean {
  const chars = (s: string) => [...s].length
  const titleWidth = chars(title) * 0.76
  const navWidth = nav.reduce((sum, item) => sum + chars(item.title) * 0.53 + 1.25, 0)
  return titleWidth + navWidth <= 33.7
}
