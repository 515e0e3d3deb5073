import type { APIRequestContext, Page } from '@playwright/test'
import { crawl } from './crawl'
import { axeFindings, expect, pageWithoutJavaScript, recordDrawnByScripts, test } from './fixtures'
import { problemsWithoutJavaScript } from './no-javascript'

/**
 * Checks that hold for any valid content, whoever wrote it: the sitemap, robots.txt and feeds parse
 * and everything they list answers; a browser crawl finds every page and asset answering with no
 * policy violation; pages of every kind pass axe in both themes; every page works without
 * JavaScript; an unknown address gets the 404 page. tests/e2e/any-site.spec.ts runs them on the
 * live content and the smallest supported sites, tests/corpus/ on each imported Jekyll site.
 *
 * Call inside a describe whose `baseURL` is the site's server (with `quietlyBlockedHosts: ['*']`:
 * content may embed what it likes from other sites, which the tests never fetch).
 */
export function anySiteChecks(): void {
  test('the sitemap, robots.txt and every feed parse, and every URL they list answers', async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000)
    await page.goto('/')
    const urls = await sitemapUrls(page, request)
    const home = urls.find((u) => u.pathname === '/')
    expect(home, 'the sitemap lists the home page').toBeDefined()
    const paths = urls.map((u) => u.pathname)
    const robots = await request.get('/robots.txt')
    expect(robots.status()).toBe(200)
    expect(await robots.text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m)

    const listed = new Set(paths)
    for (const feed of await feedLinks(page)) {
      const res = await request.get(feed.path)
      expect(res.status(), feed.path).toBe(200)
      if (feed.type === 'application/feed+json') {
        const json = await res.json()
        expect(json.version, feed.path).toMatch(/^https:\/\/jsonfeed\.org\/version\//)
        for (const item of json.items as { url: string }[]) {
          expect(new URL(item.url).origin, item.url).toBe(home!.origin)
          listed.add(new URL(item.url).pathname)
        }
      } else {
        const xml = await parseXml(page, await res.text())
        expect(xml.error, `${feed.path} parses`).toBeNull()
        expect(['feed', 'rss'], feed.path).toContain(xml.root)
        // The feed's links to the site (its entries, itself), at the canonical origin.
        for (const u of xml.urls) {
          const url = new URL(u)
          if (url.origin === home!.origin) listed.add(url.pathname)
        }
      }
    }
    const notOk: string[] = []
    for (const path of listed) {
      const status = (await request.get(path)).status()
      if (status !== 200) notOk.push(`${path}: ${status}`)
    }
    expect(notOk, 'every page the sitemap and the feeds list answers 200').toEqual([])
  })

  test('a browser crawl from / and the sitemap: every page and asset answers, no CSP violation', async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000)
    const paths = await sitemapPaths(page, request)
    const result = await crawl(page, request, '', paths)
    const notOk = [...result.statuses].filter(([, status]) => status !== 200)
    expect(notOk, 'every page, stylesheet, script, image, icon and link answers 200').toEqual([])
    expect(result.failed).toEqual([])
    expect(result.cspViolations).toEqual([])
    expect(result.pages).toEqual(expect.arrayContaining(paths))
  })

  for (const scheme of ['light', 'dark'] as const)
    test(`pages of every kind pass axe in ${scheme} mode`, async ({ page, request }) => {
      test.setTimeout(600_000)
      await page.emulateMedia({ colorScheme: scheme })
      await recordDrawnByScripts(page)
      const violations: string[] = []
      const authors: string[] = []
      for (const path of fewOfEachKind(await sitemapPaths(page, request))) {
        await page.goto(path)
        // Open every disclosure, so that axe checks what is inside too.
        await page
          .locator('details')
          .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)))
        const found = await axeFindings(page)
        for (const v of found.violations) violations.push(`${path}: ${v}`)
        for (const v of found.drawnByAuthorScripts) authors.push(`${path}: ${v}`)
      }
      // What a post's own scripts draw is the author's to fix: listed with the results, not failed.
      for (const finding of authors) {
        test.info().annotations.push({ type: "drawn by the author's script", description: finding })
        console.log(`axe, ${scheme}, drawn by the author's script: ${finding}`)
      }
      expect(violations).toEqual([])
    })

  test('every page in the sitemap works with JavaScript disabled', async ({
    browser,
    page,
    request,
    baseURL,
  }) => {
    test.setTimeout(300_000)
    const paths = await sitemapPaths(page, request)
    const noJs = await pageWithoutJavaScript(browser, baseURL)
    const problems: string[] = []
    for (const path of paths) {
      const res = await noJs.goto(path, { waitUntil: 'domcontentloaded' })
      if (res?.status() !== 200) problems.push(`${path}: status ${res?.status()}`)
      else for (const p of await problemsWithoutJavaScript(noJs)) problems.push(`${path}: ${p}`)
    }
    expect(problems).toEqual([])
    await noJs.context().close()
  })

  test('an unknown address gets the 404 page, with status 404', async ({ page, problems }) => {
    const res = await page.goto('/no/such/page/')
    expect(res?.status()).toBe(404)
    // The browser logs the page's own 404 status; nothing else may go wrong.
    expect(problems).toEqual([expect.stringMatching(/status of 404/)])
    problems.length = 0
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
}

/** The feeds a page links to, as the paths they are served at, with their types. */
async function feedLinks(page: Page): Promise<{ path: string; type: string }[]> {
  return page.locator('link[rel=alternate][type]').evaluateAll((links) =>
    links.map((l) => ({
      path: new URL((l as HTMLLinkElement).href).pathname,
      type: l.getAttribute('type')!,
    })),
  )
}

/** An XML document parsed by the browser: its root element, any parse error, and the URLs it names. */
async function parseXml(page: Page, text: string) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml')
    const urls = [
      ...[...doc.getElementsByTagName('loc')].map((e) => e.textContent ?? ''),
      // Atom's <link href>, RSS's <link>text</link>
      ...[...doc.getElementsByTagName('link')].map(
        (e) => e.getAttribute('href') ?? e.textContent ?? '',
      ),
    ].filter((u) => u.trim())
    return {
      root: doc.documentElement.nodeName,
      error: doc.querySelector('parsererror')?.textContent ?? null,
      urls,
    }
  }, text)
}

/** The site's pages as its sitemap lists them (absolute URLs at the site's canonical origin). */
async function sitemapUrls(page: Page, request: APIRequestContext): Promise<URL[]> {
  const res = await request.get('/sitemap.xml')
  expect(res.status(), '/sitemap.xml').toBe(200)
  const sitemap = await parseXml(page, await res.text())
  expect(sitemap.error, 'the sitemap parses').toBeNull()
  expect(sitemap.root).toBe('urlset')
  return sitemap.urls.map((u) => new URL(u))
}

/** The same, as paths on this server. */
const sitemapPaths = async (page: Page, request: APIRequestContext) =>
  (await sitemapUrls(page, request)).map((u) => u.pathname)

/**
 * A few pages of each kind (the first folder and the depth of the path: /blog/2024/01/02/x/,
 * /publications/key/, /tags/x/), since pages of one kind share one template: axe on every page of
 * a site with hundreds of posts would take long and find nothing more.
 */
function fewOfEachKind(paths: string[], perKind = 2): string[] {
  const seen = new Map<string, number>()
  return paths.filter((p) => {
    const parts = p.split('/').filter(Boolean)
    // Dated posts (/2015/05/21/title/) are one kind, whatever their year.
    const kind = `${(parts[0] ?? '').replace(/^\d+$/, 'N')}/${parts.length}`
    seen.set(kind, (seen.get(kind) ?? 0) + 1)
    return seen.get(kind)! <= perKind
  })
}
