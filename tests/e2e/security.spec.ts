import type { Page } from '@playwright/test'
import { FULL_PORT, RENDER_PORT, XSS_PORT } from '../../playwright.config'
import { crawl, recordCspViolations } from './crawl'
import { expect, test } from './fixtures'

const PAYLOAD = '"><script>alert(1)</script>'

/** The policy a page carries in its <meta>, read from the HTML as served. */
async function metaPolicies(page: Page): Promise<string[]> {
  return page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('content') ?? ''))
}

test.describe('a site whose every text field is a script tag', () => {
  test.use({ baseURL: `http://127.0.0.1:${XSS_PORT}` })

  test('opens no dialog on any page and shows the text as text', async ({ page, request }) => {
    test.setTimeout(180_000)
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`)
      await dialog.dismiss()
    })
    const result = await crawl(page, request, '')
    // Every section, a post, the publication's own page and a tag page were reached.
    for (const kind of [
      /^\/$/,
      /^\/posts\/$/,
      /^\/blog\//,
      /^\/publications\/xss2026\/$/,
      /^\/oss\/$/,
      /^\/tags\/.+\//,
    ])
      expect(
        result.pages.some((p) => kind.test(p)),
        `${kind} was crawled`,
      ).toBe(true)
    expect(dialogs).toEqual([])
    expect(result.cspViolations).toEqual([])
    expect([...result.statuses].filter(([, status]) => status !== 200)).toEqual([])

    // The payload reached the pages as visible text, not as markup.
    await page.goto('/blog/2026/01/01/fields/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAYLOAD)
    // No script element was injected (the payload appears inside the page's JSON data only).
    expect(
      await page
        .locator('script')
        .evaluateAll((els) => els.filter((el) => el.textContent?.trim() === 'alert(1)').length),
    ).toBe(0)
    // JSON-LD stays one data block, and holds the title as data.
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents()
    expect(jsonLd).toHaveLength(1)
    expect(JSON.parse(jsonLd[0]!).headline).toBe(PAYLOAD)
  })

  test('feeds hold the text escaped: the XML parses and has no script element', async ({
    page,
  }) => {
    await page.goto('/')
    for (const feed of ['/feed.xml', '/rss.xml']) {
      const parsed = await page.evaluate(async (url) => {
        const xml = await (await fetch(url)).text()
        const doc = new DOMParser().parseFromString(xml, 'application/xml')
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          scripts: doc.getElementsByTagName('script').length,
          titles: [...doc.getElementsByTagName('title')].map((t) => t.textContent),
        }
      }, feed)
      expect(parsed.error, feed).toBeNull()
      expect(parsed.scripts, feed).toBe(0)
      expect(parsed.titles, feed).toContain(PAYLOAD)
    }
    const json = await page.evaluate(async () => (await fetch('/feed.json')).json())
    expect(json.items.map((i: { title: string }) => i.title)).toContain(PAYLOAD)
  })
})

/** Pages of each type, from the whole-site fixture and the fixture with every rendering feature. */
const PAGES = [
  {
    name: 'whole-site fixture',
    port: FULL_PORT,
    paths: [
      '/',
      '/posts/',
      '/blog/2026/11/24/how-this-site-is-built/',
      '/publications/',
      '/oss/',
      '/tags/',
    ],
  },
  {
    name: 'render fixture',
    port: RENDER_PORT,
    paths: ['/blog/2026/01/02/markdown/', '/blog/2026/01/03/mdx/'],
  },
]

for (const { name, port, paths } of PAGES) {
  test.describe(`Content-Security-Policy of the ${name}`, () => {
    test.use({ baseURL: `http://127.0.0.1:${port}` })

    test('one hash-based policy per page, before every script, and no violation', async ({
      page,
    }) => {
      const violations = await recordCspViolations(page)
      for (const path of paths) {
        await page.goto(path, { waitUntil: 'networkidle' })
        const policies = await metaPolicies(page)
        expect(policies, path).toHaveLength(1)
        const scriptSrc = policies[0]!.split(';').find((d) => d.trim().startsWith('script-src'))!
        expect(scriptSrc, path).not.toContain("'unsafe-inline'")
        // It comes before every script, so it governs them all.
        expect(
          await page.evaluate(() => {
            const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!
            return [...document.scripts].every(
              (s) => meta.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING,
            )
          }),
          path,
        ).toBe(true)
      }
      expect(violations).toEqual([])
    })
  })
}
