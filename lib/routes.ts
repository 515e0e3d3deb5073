/**
 * Site paths that have a route of their own in app/. A content page at one of these URLs is that
 * section's introduction (rendered above the list), not a separate page.
 */
export const SECTION_URLS = [
  '/',
  '/posts/',
  '/publications/',
  '/oss/',
  '/talks/',
  '/cv/',
  '/news/',
  '/projects/',
  '/teaching/',
] as const

export function isSectionUrl(url: string): boolean {
  return (SECTION_URLS as readonly string[]).includes(url)
}

/** `/talks/2024/` → `['talks', '2024']`, the catch-all route's params. */
export function urlToSegments(url: string): string[] {
  return url.split('/').filter(Boolean)
}

export function segmentsToUrl(segments: string[]): string {
  return segments.length ? `/${segments.map(decodeURIComponent).join('/')}/` : '/'
}

/**
 * With `output: 'export'`, Next.js 16 refuses a dynamic route whose generateStaticParams returns
 * nothing, which is normal for a site with no extra pages or no tags. Such a route then exports
 * only `/404/`, rendered by notFound(): the same page as the site's 404, so nothing new appears.
 */
export function atLeastOne<T extends Record<string, string | string[]>>(
  params: T[],
  notFoundParams: T,
): T[] {
  return params.length ? params : [notFoundParams]
}
