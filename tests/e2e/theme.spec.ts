import type { Page } from '@playwright/test'
import { FULL_PORT, RENDER_PORT } from '../../playwright.config'
import { axeViolations, expect, pageWithoutJavaScript, test } from './fixtures'

// The whole-site fixture, not the live content/ (which a fork replaces).
test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

const LIGHT_BG = 'rgb(251, 251, 248)'
const DARK_BG = 'rgb(23, 24, 28)'

const bodyBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor)

/** The colours the theme-color metas give the browser's interface, in page order. */
const interfaceColours = (page: Page) =>
  page
    .locator('meta[name="theme-color"]')
    .evaluateAll((metas) => metas.map((m) => (m as HTMLMetaElement).content))

/**
 * Records, before any of the page's own scripts run, what the first frame that has a <body> will
 * paint: the animation-frame callback runs just before that frame is drawn.
 */
async function recordFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const record = () => {
      if (!document.body) return requestAnimationFrame(record)
      ;(window as unknown as { firstPaint: object }).firstPaint = {
        theme: document.documentElement.dataset.theme ?? null,
        background: getComputedStyle(document.body).backgroundColor,
      }
    }
    requestAnimationFrame(record)
  })
}

const firstPaint = (page: Page) =>
  page
    .waitForFunction(() => (window as unknown as { firstPaint?: object }).firstPaint)
    .then((h) => h.jsonValue())

test.describe('theme toggle', () => {
  test('a choice against the system preference persists across pages and reloads', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/')
    const toggle = page.getByRole('button', { name: 'Dark theme' })
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(await bodyBackground(page)).toBe(LIGHT_BG)
    expect(await interfaceColours(page)).toEqual(['#fbfbf8', '#17181c'])
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(await bodyBackground(page)).toBe(DARK_BG)
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(
      'dark',
    )
    // The browser's interface follows the choice, whatever the system prefers.
    expect(await interfaceColours(page)).toEqual(['#17181c', '#17181c'])

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Posts' })
      .click()
    await expect(page).toHaveURL('/posts/')
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(await bodyBackground(page)).toBe(DARK_BG)

    await page.goto('/publications/')
    expect(await bodyBackground(page)).toBe(DARK_BG)
    await page.reload()
    expect(await bodyBackground(page)).toBe(DARK_BG)
    await expect.poll(() => interfaceColours(page)).toEqual(['#17181c', '#17181c'])

    // And back: light chosen explicitly, now on a system that prefers dark.
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.getByRole('button', { name: 'Dark theme' }).click()
    expect(await bodyBackground(page)).toBe(LIGHT_BG)
    expect(await interfaceColours(page)).toEqual(['#fbfbf8', '#fbfbf8'])
    await page.reload()
    expect(await bodyBackground(page)).toBe(LIGHT_BG)
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
  })

  for (const [system, chosen, expected] of [
    ['light', 'dark', DARK_BG],
    ['dark', 'light', LIGHT_BG],
  ] as const)
    test(`no flash: with ${chosen} stored and a ${system} system, the first paint is ${chosen}`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: system })
      await page.goto('/')
      await page.evaluate((theme) => localStorage.setItem('theme', theme), chosen)
      await recordFirstPaint(page)
      await page.goto('/blog/2026/11/20/tiling-a-matrix-multiply/')
      expect(await firstPaint(page)).toEqual({ theme: chosen, background: expected })
    })

  test('with nothing stored the system preference decides, from the first paint', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await recordFirstPaint(page)
    await page.goto('/oss/')
    expect(await firstPaint(page)).toEqual({ theme: null, background: DARK_BG })
  })

  test('without JavaScript there is no toggle that would do nothing', async ({
    browser,
    baseURL,
  }) => {
    const page = await pageWithoutJavaScript(browser, baseURL)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden()
    await page.context().close()
  })
})

/** Every page type, in the theme chosen with the toggle against the system's. */
const PAGES = [
  '/',
  '/posts/',
  '/blog/2026/11/20/tiling-a-matrix-multiply/',
  '/publications/',
  '/publications/louloudakis2023deltann/',
  '/oss/',
  '/tags/',
  '/search/?q=tiling',
  '/no/such/page/',
]

for (const [system, chosen] of [
  ['light', 'dark'],
  ['dark', 'light'],
] as const) {
  test.describe(`${chosen} theme chosen on a ${system} system`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: system })
      await page.goto('/')
      await page.getByRole('button', { name: 'Dark theme' }).click()
      expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe(chosen)
    })

    for (const path of PAGES)
      test(`${path} passes axe`, async ({ page, problems }) => {
        const res = await page.goto(path)
        if (res?.status() === 404) problems.length = 0 // the browser logs the page's own 404
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(chosen)
        expect(await axeViolations(page)).toEqual([])
      })

    test('code blocks and math keep their contrast (render fixture)', async ({ page }) => {
      // localStorage belongs to an origin, so the choice is made again on the render site.
      const origin = `http://127.0.0.1:${RENDER_PORT}`
      await page.goto(`${origin}/`)
      await page.evaluate((theme) => localStorage.setItem('theme', theme), chosen)
      for (const path of ['/blog/2026/01/02/markdown/', '/blog/2026/01/03/mdx/']) {
        await page.goto(`${origin}${path}`)
        await expect(page.locator('.katex').first()).toBeVisible()
        expect(await axeViolations(page)).toEqual([])
      }
    })
  })
}
