import { basePath } from '@/lib/base-path'
import { siteUrl } from '@/lib/markdown/site-urls'

/**
 * The absolute URL of a site path (or an already-absolute URL, unchanged), for places that
 * need one: canonical links, feeds, Open Graph, Google Scholar's citation tags.
 */
export function absoluteUrl(siteUrl: string, pathOrUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(pathOrUrl)) return pathOrUrl
  return `${siteUrl.replace(/\/+$/, '')}${basePath}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`
}

/** A site path with the base path in front, for plain `<a>`/`<img>` that next/link does not prefix. */
export function sitePath(path: string): string {
  return siteUrl(path, basePath)
}
