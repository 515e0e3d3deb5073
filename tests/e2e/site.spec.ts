import { FULL_PORT } from '../../playwright.config'
import { axeViolations, expect, test } from './fixtures'

// The whole-site fixture, not the live content/ (which a fork replaces).
test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

/** One page of each type the site has so far. */
const PAGES = [
  { path: '/', heading: 'Perry Gibson' },
  { path: '/posts/', heading: 'Posts' },
  { path: '/blog/2026/11/24/how-this-site-is-built/', heading: 'How this site is built' },
  {
    path: '/blog/2026/11/20/tiling-a-matrix-multiply/',
    heading: 'Tiling a matrix multiply, step by step',
  },
  { path: '/publications/', heading: 'Publications' },
  { path: '/oss/', heading: 'Open source' },
]

test.describe('every page type', () => {
  for (const { path, heading } of PAGES) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${path} passes axe in ${scheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme })
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
        expect(await axeViolations(page)).toEqual([])
      })
    }
  }

  test('shares one layout: title, navigation, footer with social links', async ({ page }) => {
    for (const { path } of PAGES) {
      await page.goto(path)
      await expect(page.getByRole('link', { name: 'Perry Gibson 🍐' })).toHaveAttribute('href', '/')
      const nav = page.getByRole('navigation', { name: 'Main' })
      await expect(nav.getByRole('link')).toHaveText([
        'About',
        'Posts',
        'Publications',
        'Open source',
      ])
      const footer = page.getByRole('contentinfo')
      await expect(footer.getByRole('link', { name: 'GitHub' })).toHaveAttribute(
        'href',
        'https://github.com/Wheest',
      )
      await expect(footer.getByRole('link', { name: 'Google Scholar' })).toHaveAttribute(
        'href',
        /scholar\.google\.com/,
      )
      await expect(footer.getByRole('link', { name: /PGP key/ })).toHaveAttribute(
        'href',
        /keys\.openpgp\.org/,
      )
    }
  })
})

test.describe('layout', () => {
  test('navigation works on a 360 px phone without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const name of ['About', 'Posts', 'Publications', 'Open source'])
      await expect(nav.getByRole('link', { name })).toBeInViewport()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await nav.getByRole('link', { name: 'Open source' }).click()
    await expect(page).toHaveURL(/\/oss\/$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Open source' })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })

  test('follows the system colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/')
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    await page.emulateMedia({ colorScheme: 'dark' })
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(light).toBe('rgb(251, 251, 248)')
    expect(dark).toBe('rgb(23, 24, 28)')
  })

  test('a skip link moves focus to the content', async ({ page }) => {
    await page.goto('/posts/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#content$/)
  })
})
