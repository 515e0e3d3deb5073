import type { Locator, Page } from '@playwright/test'
import { FULL_PORT, RENDER_PORT, SECTIONS_PORT, SEED_PORT } from '../../playwright.config'
import { expect, test } from './fixtures'

// Pages are measured in a real browser on a shared machine: allow for a slow one.
test.describe.configure({ timeout: 90_000 })
// The whole-site fixture, not the live content/ (which a fork replaces).
test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

const box = async (l: Locator) => (await l.boundingBox())!

/** The header's parts: the title link, the main navigation and the search link. */
function header(page: Page) {
  const banner = page.getByRole('banner')
  return {
    banner,
    title: banner.locator('.site-title'),
    nav: banner.getByRole('navigation', { name: 'Main' }),
    search: banner.getByRole('link', { name: 'Search' }),
  }
}

test.describe('header', () => {
  for (const width of [720, 1280])
    test(`is one row at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 })
      await page.goto('/publications/')
      const { banner, title, nav, search } = header(page)
      const [t, n, s] = [await box(title), await box(nav), await box(search)]
      // The three overlap vertically: they share one row.
      for (const other of [n, s]) {
        expect(other.y).toBeLessThan(t.y + t.height)
        expect(other.y + other.height).toBeGreaterThan(t.y)
      }
      expect((await box(banner)).height).toBeLessThanOrEqual(72)
    })

  test('is at most two compact rows on a 360 px phone, the page not widened', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/')
    const { banner, nav } = header(page)
    expect((await box(banner)).height).toBeLessThanOrEqual(100)
    for (const name of ['About', 'Posts', 'Publications', 'Open source'])
      await expect(nav.getByRole('link', { name })).toBeInViewport()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })

  test.describe('of a site with seven sections (tests/fixtures/sections-site)', () => {
    test.use({ baseURL: `http://127.0.0.1:${SECTIONS_PORT}` })
    type Box = { x: number; y: number; width: number; height: number }
    const overlap = (a: Box, b: Box) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    test('has a home page whose name, without a photo, starts at the text’s edge', async ({
      page,
    }) => {
      await page.goto('/')
      const name = await box(page.locator('.profile-name'))
      const text = await box(page.locator('article.page .prose > p').first())
      expect(Math.abs(name.x - text.x)).toBeLessThanOrEqual(1)
    })

    for (const width of [360, 720, 1280])
      test(`puts no section over the title or the tools at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 })
        await page.goto('/')
        const { title, nav, search } = header(page)
        const links = await nav.getByRole('link').all()
        expect(links).toHaveLength(7)
        const [t, s] = [await box(title), await box(search)]
        for (const link of links) {
          const l = await box(link)
          expect(overlap(l, t), `${await link.textContent()} over the title`).toBe(false)
          expect(overlap(l, s), `${await link.textContent()} over search`).toBe(false)
          // Every section shows without scrolling sideways, on rows under the title.
          expect(l.x).toBeGreaterThanOrEqual(0)
          expect(l.x + l.width).toBeLessThanOrEqual(width)
          expect(l.y).toBeGreaterThanOrEqual(t.y + t.height)
        }
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
        expect(scrollWidth).toBeLessThanOrEqual(width)
      })
  })

  for (const [path, section, value] of [
    ['/', 'About', 'page'],
    ['/posts/', 'Posts', 'page'],
    ['/blog/2026/11/20/tiling-a-matrix-multiply/', 'Posts', 'true'],
    ['/tags/', 'Posts', 'true'],
    ['/publications/gibson2024compiler/', 'Publications', 'true'],
    ['/oss/', 'Open source', 'page'],
  ] as const)
    test(`marks ${section} as current on ${path}, for eyes and screen readers`, async ({
      page,
    }) => {
      await page.goto(path)
      const { nav } = header(page)
      const current = nav.locator('[aria-current]')
      await expect(current).toHaveCount(1)
      await expect(current).toHaveText(section)
      await expect(current).toHaveAttribute('aria-current', value)
      const style = (l: Locator) =>
        l.evaluate((a) => {
          const cs = getComputedStyle(a)
          return `${cs.color} ${cs.fontWeight} ${cs.boxShadow}`
        })
      const other = nav.locator('a:not([aria-current])').first()
      expect(await style(current)).not.toBe(await style(other))
    })
})

test.describe('theme', () => {
  test('"Follow system theme" forgets the choice, and the system decides again', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/')
    const reset = page.getByRole('button', { name: 'Follow system theme' })
    // Nothing chosen: nothing to go back from.
    await expect(reset).toBeHidden()
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await expect(reset).toBeVisible()
    await page.reload()
    await expect(reset).toBeVisible()
    await reset.click()
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull()
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined()
    await expect(reset).toBeHidden()
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(await bg()).toBe('rgb(251, 251, 248)')
    // Following the system again: a change of the system's setting shows at once.
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await bg()).toBe('rgb(23, 24, 28)')
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })
})

test.describe('home page', () => {
  test('opens with the name, role and employer, then profile links with icons', async ({
    page,
  }) => {
    await page.goto('/')
    const profile = page.locator('.profile')
    await expect(profile.getByRole('heading', { level: 1 })).toHaveText('Perry Gibson')
    await expect(profile).toContainText('AI Compiler Engineer at Fractile')
    const links = profile.getByRole('list', { name: 'Profiles and contact' }).getByRole('link')
    await expect(links).toHaveText(['GitHub', 'LinkedIn', 'Twitter', 'Google Scholar', 'PGP key'])
    for (const link of await links.all()) {
      const icon = link.locator('svg')
      await expect(icon).toHaveAttribute('aria-hidden', 'true')
      expect(await icon.locator('path').getAttribute('d')).toBeTruthy()
    }
    // The profile comes before the author's text.
    const [p, prose] = [await box(profile), await box(page.locator('main .prose'))]
    expect(p.y + p.height).toBeLessThanOrEqual(prose.y)
  })

  test('draws emoji as pictures and keeps the characters for screen readers', async ({ page }) => {
    await page.goto('/')
    const title = page.getByRole('banner').getByRole('link', { name: 'Perry Gibson 🍐' })
    await expect(title.locator('svg.emoji-svg')).toBeVisible()
    const prose = page.locator('main .prose')
    // 📉 🔩 🔒 in the text: each a picture that is drawn (not an empty box), its character kept.
    await expect(prose.locator('svg.emoji-svg')).toHaveCount(3)
    for (const svg of await prose.locator('svg.emoji-svg').all())
      expect((await box(svg)).width).toBeGreaterThan(10)
    await expect(prose).toContainText('machine learning📉 and systems🔩')
  })
})

test.describe('publications (seed fixture)', () => {
  const URL = `http://127.0.0.1:${SEED_PORT}/publications/`

  test('a thesis is called a PhD thesis; links and toggles are buttons of 24 × 24 px or more', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(URL)
    const entry = page.locator('#gibson2024compiler')
    await expect(entry.locator('.venue')).toContainText('PhD thesis, University of Glasgow')
    const targets = entry.locator('.pub-actions a, .pub-actions summary')
    expect(await targets.count()).toBeGreaterThanOrEqual(1)
    for (const target of await targets.all()) {
      const b = await box(target)
      expect(b.width).toBeGreaterThanOrEqual(24)
      expect(b.height).toBeGreaterThanOrEqual(24)
    }
  })

  for (const width of [360, 1280])
    test(`BibTeX is not cut off at ${width} px, and Copy sits in its title bar`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 })
      await page.goto(URL)
      const entry = page.locator('#gibson2024compiler')
      await entry.getByText('BibTeX', { exact: true }).click()
      const pre = entry.locator('.bibtex-block pre')
      await expect(pre).toBeVisible()
      expect(await pre.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
      const [bar, copy] = [
        await box(entry.locator('.bibtex-block .code-title')),
        await box(entry.getByRole('button', { name: 'Copy BibTeX' })),
      ]
      expect(copy.y).toBeGreaterThanOrEqual(bar.y - 1)
      expect(copy.y + copy.height).toBeLessThanOrEqual(bar.y + bar.height + 1)
    })

  test('printing leaves out the Abstract and BibTeX toggles', async ({ page }) => {
    await page.goto(URL)
    await page.emulateMedia({ media: 'print' })
    const toggles = page.locator('.publication summary')
    expect(await toggles.count()).toBeGreaterThan(0)
    for (const toggle of await toggles.all()) await expect(toggle).toBeHidden()
    await expect(page.getByRole('heading', { level: 1, name: 'Publications' })).toBeVisible()
  })
})

test.describe('content details (render fixture)', () => {
  test('wide display math shows that it scrolls on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(`http://127.0.0.1:${RENDER_PORT}/blog/2026/01/02/markdown/`)
    const math = page.locator('.katex-display').first()
    const cue = await math.evaluate((el) => getComputedStyle(el).backgroundImage)
    expect(cue).toContain('gradient')
  })

  test('link underlines sit below the text, clear of underscores', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${RENDER_PORT}/`)
    const link = page.locator('main .prose a').first()
    const offset = await link.evaluate((a) => {
      const cs = getComputedStyle(a)
      return parseFloat(cs.textUnderlineOffset) / parseFloat(cs.fontSize)
    })
    expect(offset).toBeGreaterThanOrEqual(0.25)
  })

  test('the footer links the feed', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${RENDER_PORT}/`)
    const feed = page.getByRole('contentinfo').getByRole('link', { name: /feed/i })
    await expect(feed).toHaveAttribute('href', '/feed.xml')
    expect((await page.request.get(`http://127.0.0.1:${RENDER_PORT}/feed.xml`)).status()).toBe(200)
  })
})
