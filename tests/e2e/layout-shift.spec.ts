import { RENDER_PORT } from '../../playwright.config'
import { expect, test } from './fixtures'

/**
 * The header's theme toggle is revealed by /theme.js once it has loaded, after the page is painted
 * (held back here so that it surely comes after the first frame). Nothing may move when it does:
 * the inline theme script marks the page `data-js` before the first frame, and the stylesheet keeps
 * the toggle's room. Measured with the browser's own layout-shift entries, at a phone's width.
 */
const PAGES = [
  { name: 'About', url: '/' },
  { name: 'the post list', url: '/posts/' },
  {
    name: 'a post with math, code and a picture',
    url: `http://127.0.0.1:${RENDER_PORT}/blog/2026/01/02/markdown/`,
  },
]

for (const { name, url } of PAGES)
  test(`${name}: nothing moves when the theme toggle appears (412 px, Lighthouse's phone)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 823 })
    await page.route('**/theme.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800))
      await route.continue()
    })
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number }
      w.shift = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number
          hadRecentInput: boolean
        }[])
          if (!entry.hadRecentInput) w.shift += entry.value
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto(url, { waitUntil: 'commit' })
    const toggle = page.locator('[data-theme-toggle]')
    await expect(toggle).toBeHidden()
    await expect(toggle).toBeVisible()
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(200)
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift)
    expect(shift, 'cumulative layout shift').toBeLessThan(0.01)
  })
