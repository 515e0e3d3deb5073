import type { APIRequestContext, Page } from '@playwright/test'

export interface CrawlResult {
  /** Pages visited, as paths. */
  pages: string[]
  /** Every same-origin URL requested or referenced, with the status it answered. */
  statuses: Map<string, number>
  /** Same-origin URLs outside the prefix the site is served under. */
  outsidePrefix: string[]
  /** Requests the browser could not complete. */
  failed: string[]
  /** `securitypolicyviolation` events, one line each. */
  cspViolations: string[]
}

/**
 * Records every Content-Security-Policy violation on every page `page` opens from now on, one
 * line each, in the returned array.
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('reportCspViolation', (line: string) => violations.push(line))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation(l: string): void }).reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    )
  })
  return violations
}

/** What a page refers to: links to follow, and the assets it loads or offers (icons, feeds). */
// Preconnect and DNS hints name an origin, not a resource (React adds `preconnect "/"` for the
// site's own origin when stylesheets carry fonts), so there is nothing there to fetch.
const REFERENCES = `a[href], link[href]:not([rel~=preconnect]):not([rel~=dns-prefetch]), img[src], script[src], source[src], img[srcset], source[srcset]`

/**
 * Crawls the site the way a visitor's browser does, from `prefix/`: every page reachable by a
 * same-origin link is opened in Chromium, and every request it makes (documents, stylesheets,
 * scripts, images, icons, Next.js's prefetches) is recorded with its status; so is every page of
 * `alsoFrom` and what it links to. URLs a page refers to
 * but the browser did not load (icons, feeds, downloads) are fetched too.
 */
export async function crawl(
  page: Page,
  request: APIRequestContext,
  prefix: string,
  /** More pages to start from besides `prefix/` (such as the sitemap's), as paths. */
  alsoFrom: string[] = [],
): Promise<CrawlResult> {
  const result: CrawlResult = {
    pages: [],
    statuses: new Map(),
    outsidePrefix: [],
    failed: [],
    cspViolations: [],
  }
  const inPrefix = (path: string) => path === `${prefix}/` || path.startsWith(`${prefix}/`)

  result.cspViolations = await recordCspViolations(page)
  let siteOrigin = ''
  const record = (href: string, status: number) => {
    const url = new URL(href)
    if (url.origin !== siteOrigin) return
    const path = url.pathname + url.search
    result.statuses.set(path, status)
    if (!inPrefix(url.pathname)) result.outsidePrefix.push(path)
  }
  page.on('response', (res) => record(res.url(), res.status()))
  page.on('requestfailed', (req) => {
    // Going to the next page cancels Next.js's prefetches still in flight: not a failure.
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return
    if (new URL(req.url()).origin === siteOrigin)
      result.failed.push(`${req.url()}: ${req.failure()?.errorText}`)
  })

  const queue = [`${prefix}/`, ...alsoFrom]
  while (queue.length) {
    const path = queue.shift()!
    if (result.pages.includes(path)) continue
    result.pages.push(path)
    const response = await page.goto(path, { waitUntil: 'networkidle' })
    siteOrigin ||= new URL(page.url()).origin
    if (response) record(response.url(), response.status())
    const refs = await page.locator(REFERENCES).evaluateAll((els) =>
      els.flatMap((el) => {
        const srcset = el.getAttribute('srcset')
        const urls = srcset ? srcset.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : []
        const own = (el as HTMLAnchorElement).href || (el as HTMLImageElement).src
        return [own, ...urls]
          .filter(Boolean)
          .map((u) => ({ url: new URL(u, document.baseURI).href, tag: el.tagName }))
      }),
    )
    for (const { url, tag } of refs) {
      const target = new URL(url)
      if (target.origin !== siteOrigin) continue
      const key = target.pathname + target.search
      const isPage = tag === 'A' && target.pathname.endsWith('/')
      if (isPage && inPrefix(target.pathname)) queue.push(target.pathname)
      else if (!result.statuses.has(key))
        record(url, (await request.get(key, { maxRedirects: 0 })).status())
      if (!inPrefix(target.pathname)) result.outsidePrefix.push(key)
    }
  }
  result.outsidePrefix = [...new Set(result.outsidePrefix)]
  return result
}
