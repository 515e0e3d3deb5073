import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { FULL_PORT, RENDER_PORT } from '../../playwright.config'
import { axeViolations, expect, pageWithoutJavaScript, test } from './fixtures'

// The render fixture lists 2 posts a page (posts.per_page in tests/fixtures/render-site/site.yaml):
// 13 posts make 7 pages of /posts/, and the 7 posts tagged #notes make 4 pages of /tags/notes/.
const ORIGIN = `http://127.0.0.1:${RENDER_PORT}`
const PER_PAGE = 2
test.use({ baseURL: ORIGIN })

/** Every post title, newest first, from the JSON Feed: a list that knows nothing of pages. */
async function feedTitles(request: APIRequestContext, tag?: string): Promise<string[]> {
  const feed = await (await request.get('/feed.json')).json()
  return (feed.items as { title: string; tags?: string[] }[])
    .filter((i) => !tag || i.tags?.includes(tag))
    .map((i) => i.title)
}

const pagination = (page: Page): Locator => page.getByRole('navigation', { name: 'Pagination' })
const titles = (page: Page) => page.locator('.post-entry .entry-title').allInnerTexts()

/** The pagination bar as a reader sees it: `← Newer 1 … 4 [5] 6 7 Older →`. */
async function bar(page: Page): Promise<string> {
  return pagination(page)
    .locator('a, li')
    .evaluateAll((els) =>
      els
        .filter((el) => el.tagName === 'A' || el.classList.contains('pagination-gap'))
        .map((el) => {
          // A number's link reads "Page 4" to a screen reader; the "Page " is visually hidden.
          const text = (el as HTMLElement).innerText
            .replace(/\s+/g, ' ')
            .trim()
            .replace(/^Page /, '')
          return el.getAttribute('aria-current') === 'page' ? `[${text}]` : text
        })
        .join(' '),
    )
}

/**
 * Follows the Older links from `start` to the end, checking each page's number, title, canonical
 * URL and bar on the way; returns the posts of every page, in order.
 */
async function walk(page: Page, start: string, listTitle: string, count: number) {
  await page.goto(start)
  const seen: string[][] = []
  for (let n = 1; n <= count; n++) {
    const url = n === 1 ? start : `${start}page/${n}/`
    await expect(page).toHaveURL(`${ORIGIN}${url}`)
    await expect(page).toHaveTitle(
      `${n === 1 ? listTitle : `${listTitle}, page ${n} of ${count}`} · Perry Gibson`,
    )
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
      'href',
      `https://render.example.org${url}`,
    )
    const nav = pagination(page)
    await expect(nav.locator('[aria-current=page]')).toHaveText(`Page ${n}`)
    await expect(nav.getByRole('link', { name: 'Newer' })).toHaveCount(n === 1 ? 0 : 1)
    seen.push(await titles(page))
    const older = nav.getByRole('link', { name: 'Older' })
    if (n === count) await expect(older).toHaveCount(0)
    else await older.click()
  }
  return seen
}

test.describe('the paginated post list', () => {
  test('page 1 shows per_page posts, the section title and the nav, with a gap before the last', async ({
    page,
    request,
  }) => {
    await page.goto('/posts/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts')
    expect(await titles(page)).toEqual((await feedTitles(request)).slice(0, PER_PAGE))
    await expect.poll(() => bar(page)).toBe('[1] 2 3 … 7 Older →')
    // A year nav would list only this page's years as if they were all of them.
    await expect(page.getByRole('navigation', { name: 'Years' })).toHaveCount(0)
  })

  test('the Older links walk every page: each post on exactly one, in order, the last without Older', async ({
    page,
    request,
  }) => {
    const pages = await walk(page, '/posts/', 'Posts', 7)
    expect(pages.slice(0, -1).every((p) => p.length === PER_PAGE)).toBe(true)
    expect(pages.flat()).toEqual(await feedTitles(request))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts, page 7 of 7')
  })

  test('page numbers link to their pages, with gaps on both sides in the middle', async ({
    page,
  }) => {
    await page.goto('/posts/page/4/')
    await expect.poll(() => bar(page)).toBe('← Newer 1 2 3 [4] 5 6 7 Older →')
    await pagination(page).getByRole('link', { name: 'Page 7' }).click()
    await expect(page).toHaveURL(`${ORIGIN}/posts/page/7/`)
    await expect.poll(() => bar(page)).toBe('← Newer 1 … 5 6 [7]')
    await pagination(page).getByRole('link', { name: 'Page 1' }).click()
    await expect(page).toHaveURL(`${ORIGIN}/posts/`)
    await page.goto('/posts/page/2/')
    await pagination(page).getByRole('link', { name: 'Newer' }).click()
    await expect(page).toHaveURL(`${ORIGIN}/posts/`)
  })

  test('the first page has one address: /posts/page/1/ and pages past the last are 404', async ({
    request,
  }) => {
    for (const path of [
      '/posts/page/1/',
      '/posts/page/8/',
      '/posts/page/0/',
      '/tags/notes/page/1/',
    ])
      expect((await request.get(path)).status(), path).toBe(404)
  })

  test('every page is in the sitemap, and no list page is in the search index', async ({
    request,
  }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text()
    for (const n of [2, 3, 4, 5, 6, 7])
      expect(sitemap).toContain(`<loc>https://render.example.org/posts/page/${n}/</loc>`)
    for (const n of [2, 3, 4])
      expect(sitemap).toContain(`<loc>https://render.example.org/tags/notes/page/${n}/</loc>`)
    expect(sitemap).not.toContain('/page/1/')
    expect(sitemap).not.toContain('/posts/page/8/')
    for (const path of ['/posts/', '/posts/page/2/', '/tags/notes/page/2/'])
      expect(await (await request.get(path)).text(), path).not.toContain('data-pagefind-body')
  })
})

test.describe('a paginated tag', () => {
  test('keeps its header on every page and lists each tagged post once', async ({
    page,
    request,
  }) => {
    const pages = await walk(page, '/tags/notes/', 'Posts tagged #notes', 4)
    expect(pages.flat()).toEqual(await feedTitles(request, 'notes'))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Posts tagged #notes, page 4 of 4',
    )
    await expect(page.getByText('7 posts.')).toBeVisible()
    await page.getByRole('link', { name: 'All tags' }).click()
    await expect(page).toHaveURL(`${ORIGIN}/tags/`)
  })

  test('a tag with one page of posts has no pagination nav', async ({ page }) => {
    await page.goto('/tags/tooling/')
    await expect(page.locator('.post-entry')).toHaveCount(1)
    await expect(pagination(page)).toHaveCount(0)
  })
})

test('pages and their links work without JavaScript', async ({ browser }) => {
  const page = await pageWithoutJavaScript(browser, ORIGIN)
  await page.goto('/posts/')
  await pagination(page).getByRole('link', { name: 'Older' }).click()
  await expect(page).toHaveURL(`${ORIGIN}/posts/page/2/`)
  await expect(page.locator('.post-entry')).toHaveCount(PER_PAGE)
  await pagination(page).getByRole('link', { name: 'Page 3' }).click()
  await expect(page).toHaveURL(`${ORIGIN}/posts/page/3/`)
  await expect(pagination(page).locator('[aria-current=page]')).toHaveText('Page 3')
  await page.context().close()
})

test('the nav fits a 360 px screen, and its links show keyboard focus', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/posts/page/4/')
  const nav = pagination(page)
  await expect(nav).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  const box = (await nav.boundingBox())!
  expect(box.x + box.width).toBeLessThanOrEqual(360)
  // Every target is at least 24 px square (WCAG 2.2, 2.5.8).
  for (const link of await nav.getByRole('link').all()) {
    const b = (await link.boundingBox())!
    expect(b.width).toBeGreaterThanOrEqual(24)
    expect(b.height).toBeGreaterThanOrEqual(24)
  }
  const link = nav.getByRole('link', { name: 'Page 5' })
  await link.focus()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Tab')
  await expect(link).toBeFocused()
  expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
})

for (const path of ['/posts/', '/posts/page/4/', '/tags/notes/page/2/']) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path} passes axe in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(path)
      await expect(pagination(page)).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  }
}

test.describe('the whole-site fixture', () => {
  test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

  test('fits on one page: no pagination nav and no /posts/page/2/', async ({ page, request }) => {
    await page.goto('/posts/')
    await expect(page.locator('.post-entry')).not.toHaveCount(0)
    await expect(pagination(page)).toHaveCount(0)
    expect((await request.get('/posts/page/2/')).status()).toBe(404)
  })
})
