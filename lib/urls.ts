import { basePath } from './base-path'

/**
 * The canonical form of a site-relative URL: a page path gets its trailing slash (`/oss` →
 * `/oss/`, since every page is exported as a folder) and the base path in front. Other URLs
 * (external, relative, fragments) are left alone, and a URL that already has the prefix keeps it.
 */
export function withBasePath(url: string, prefix: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url
  const [, pathname = '', rest = ''] = /^([^?#]*)(.*)$/.exec(url) ?? []
  const last = pathname.split('/').at(-1) ?? ''
  const canonical = (last && !last.includes('.') ? `${pathname}/` : pathname) + rest
  if (!prefix || canonical === prefix || canonical.startsWith(`${prefix}/`)) return canonical
  return prefix + canonical
}

/**
 * The URL to write into the site for a site path (`/posts/` → `/site/posts/` under BASE_PATH=/site).
 * Everything the site emits outside React's `<Link>` (which adds the base path itself) goes
 * through here: Markdown, feeds, the sitemap, the search index, preview images.
 */
export function url(path: string): string {
  return withBasePath(path, basePath)
}

/**
 * The absolute URL of a site path, for feeds, canonical links, Open Graph tags and Google
 * Scholar's citation tags. An URL that is already absolute is returned as it is.
 */
export function absoluteUrl(site: { url: string }, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path
  return site.url + url(path)
}

/**
 * Where the site's root is published (`https://example.github.io/site/`); Next.js resolves
 * relative metadata URLs (canonical, Open Graph) against it, keeping its path.
 */
export function metadataBase(site: { url: string }): URL {
  return new URL(absoluteUrl(site, '/'))
}

/**
 * A site's address as its origin and the path under it. `site.yaml` holds the origin only: a
 * GitHub Pages project site (https://user.github.io/repo) gets its path from the workflow, which
 * builds with BASE_PATH=/repo, so writing the path into `url` as well would put it in every
 * canonical URL twice.
 */
export function splitSiteAddress(address: string): { origin: string; basePath: string } {
  const u = new URL(address.trim())
  return { origin: u.origin, basePath: u.pathname.replace(/\/+$/, '') }
}
