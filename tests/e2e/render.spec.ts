import type { Page } from '@playwright/test'
import { RENDER_PORT } from '../../playwright.config'
import { axeViolations, expect, pageWithoutJavaScript, test } from './fixtures'

// A fixture site whose posts use every rendering feature (tests/fixtures/render-site).
test.use({ baseURL: `http://127.0.0.1:${RENDER_PORT}` })

const MD = '/blog/2026/01/02/markdown/'
const MDX = '/blog/2026/01/03/mdx/'

/** The computed colour of the first token of a code block whose text is `text`. */
function tokenColour(page: Page, text: string): Promise<string> {
  return page
    .locator('.shiki span.line > span', { hasText: text })
    .first()
    .evaluate((el) => getComputedStyle(el).color)
}

for (const path of [MD, MDX]) {
  test.describe(path, () => {
    for (const scheme of ['light', 'dark'] as const) {
      test(`passes axe in ${scheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme })
        await page.goto(path)
        await expect(page.locator('.katex').first()).toBeVisible()
        expect(await axeViolations(page)).toEqual([])
      })
    }

    test('code tokens change colour with the colour scheme; highlighted lines stand out', async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: 'light' })
      await page.goto(path)
      const keyword = path === MD ? 'export' : 'fn'
      const light = await tokenColour(page, keyword)
      const highlighted = page.locator('.shiki .line.highlighted').first()
      const plain = page.locator('.shiki .line:not(.highlighted)').first()
      const bg = (l: typeof plain) => l.evaluate((el) => getComputedStyle(el).backgroundColor)
      const lightHighlight = await bg(highlighted)
      expect(lightHighlight).not.toBe(await bg(plain))
      await page.emulateMedia({ colorScheme: 'dark' })
      expect(await tokenColour(page, keyword)).not.toBe(light)
      expect(await bg(highlighted)).not.toBe(lightHighlight)
      // Different tokens get different colours (it is highlighted, not just monochrome).
      const colours = await page
        .locator('.shiki')
        .first()
        .locator('span.line > span')
        .evaluateAll((els) => new Set(els.map((el) => getComputedStyle(el).color)).size)
      expect(colours).toBeGreaterThan(2)
    })

    test('a titled block shows its file name above the code', async ({ page }) => {
      await page.goto(path)
      const title = page.locator('figure.code-block > figcaption').first()
      await expect(title).toHaveText(path === MD ? 'lib/example.ts' : 'src/main.rs')
      const titleBox = (await title.boundingBox())!
      const preBox = (await page.locator('figure.code-block pre').first().boundingBox())!
      expect(titleBox.y + titleBox.height).toBeLessThanOrEqual(preBox.y + 1)
    })

    test('the page preloads the two KaTeX fonts its math uses first, and uses them', async ({
      page,
    }) => {
      await page.goto(path)
      const preloads = await page
        .locator('head link[rel="preload"][as="font"]')
        .evaluateAll((links) =>
          links.map((l) => [l.getAttribute('href'), l.getAttribute('crossorigin')]),
        )
      expect(preloads.map(([href]) => href!.replace(/\.[\w-]+\.woff2$/, ''))).toEqual([
        '/_next/static/media/KaTeX_Main-Regular',
        '/_next/static/media/KaTeX_Math-Italic',
      ])
      expect(preloads.every(([, cors]) => cors === '')).toBe(true)
      await page.evaluate(() => document.fonts.ready)
      const used = await page.evaluate(() =>
        [...document.fonts]
          .filter((f) => f.status === 'loaded')
          .map((f) => `${f.family.replace(/"/g, '')} ${f.style}`),
      )
      expect(used).toEqual(expect.arrayContaining(['KaTeX_Main normal', 'KaTeX_Math italic']))
    })

    test('math is typeset with the self-hosted KaTeX fonts', async ({ page }) => {
      const fontRequests: string[] = []
      page.on('request', (r) => {
        if (/\.(woff2?|ttf)$/.test(r.url())) fontRequests.push(r.url())
      })
      await page.goto(path)
      const display = page.locator('.katex-display').first()
      await expect(display).toBeVisible()
      expect(
        await display.locator('.katex').evaluate((el) => getComputedStyle(el).fontFamily),
      ).toMatch(/^KaTeX_Main/)
      await page.evaluate(() => document.fonts.ready)
      const loaded = await page.evaluate(
        () =>
          [...document.fonts].filter(
            (f) => f.family.replace(/"/g, '') === 'KaTeX_Main' && f.status === 'loaded',
          ).length,
      )
      expect(loaded).toBeGreaterThan(0)
      expect(fontRequests.length).toBeGreaterThan(0)
      for (const url of fontRequests) expect(new URL(url).hostname).toBe('127.0.0.1')
      await expect(display).toHaveAttribute('tabindex', '0')
    })

    test('the copy button copies the code and says so', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      await page.goto(path)
      const block = page.locator('.code-block').first()
      await block.getByRole('button', { name: 'Copy' }).click()
      await expect(block.getByRole('status')).toHaveText('Copied')
      const expected = await block.locator('pre code').evaluate((el) => el.textContent)
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected)
      expect(expected).toMatch(path === MD ? /^export function add/ : /^fn main\(\) \{\n/)
    })

    test('without JavaScript there is no copy button, and the code is still there', async ({
      browser,
      baseURL,
    }) => {
      const page = await pageWithoutJavaScript(browser, baseURL)
      await page.goto(path)
      await expect(page.locator('.code-block pre').first()).toBeVisible()
      await expect(page.getByRole('button')).toHaveCount(0)
      await page.context().close()
    })

    test('a captioned image is a figure with its size known before it loads', async ({ page }) => {
      await page.goto(path)
      const figure = page.locator('.prose figure:not(.code-block)')
      await expect(figure.locator('figcaption')).toHaveText(/Caption|caption/)
      const img = figure.locator('img')
      await expect(img).toHaveAttribute('width', '320')
      await expect(img).toHaveAttribute('height', '320')
      // The Markdown post shows its picture after a screenful of text; the MDX post nearly opens
      // with it, so it is the lead image, fetched at once (lib/markdown/images.ts).
      await expect(img).toHaveAttribute('loading', path === MD ? 'lazy' : 'eager')
    })

    test('footnotes link both ways', async ({ page }) => {
      await page.goto(path)
      // `.md` uses kramdown's footnote markup (as Jekyll did), MDX GitHub's.
      const md = path === MD
      await page
        .locator(md ? 'a.footnote' : '[data-footnote-ref]')
        .first()
        .click()
      await expect(page).toHaveURL(md ? /#fn:/ : /#user-content-fn-/)
      await page
        .locator(md ? 'a.reversefootnote' : '[data-footnote-backref]')
        .first()
        .click()
      await expect(page).toHaveURL(md ? /#fnref:/ : /#user-content-fnref-/)
    })
  })
}

test('Markdown extras: tables, task lists, prose dollars, unknown languages, iframes', async ({
  page,
}) => {
  await page.goto(MD)
  const prose = page.locator('main .prose')
  await expect(prose).toContainText('a price of $5 and $10 stays prose')
  await expect(prose.locator('table .katex')).toHaveCount(2)
  await expect(prose.getByRole('checkbox')).toHaveCount(2)
  await expect(prose.getByRole('checkbox').first()).toBeChecked()
  await expect(prose.locator('pre', { hasText: 'plain text, no colours' })).toBeVisible()
  await expect(prose.locator('iframe[title="An embedded page"]')).toHaveAttribute(
    'src',
    '/assets/badges/website-up.svg',
  )
})

test('a page without math preloads no math fonts', async ({ page }) => {
  await page.goto('/posts/')
  await expect(page.locator('main')).toBeVisible()
  expect(await page.locator('.katex').count()).toBe(0)
  await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(0)
})

test('display math scrolls inside itself on a phone, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto(MD)
  const display = page.locator('.katex-display').first()
  expect(await display.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
})

test('a site without publications.bib has no publications page or navigation entry', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
    'About',
  ])
  expect((await request.get('/publications/')).status()).toBe(404)
  expect((await request.get('/oss/')).status()).toBe(404)
})
