import { FULL_PORT } from '../../playwright.config'
import { expect, expectImageLoaded, test } from './fixtures'

// The whole-site fixture, not the live content/ (which a fork replaces).
test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

test.describe('About page', () => {
  test('shows the About text with its characters repaired', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveTitle('Perry Gibson 🍐')
    const prose = page.locator('main .prose')
    await expect(page.getByRole('heading', { level: 1, name: 'Perry Gibson' })).toBeVisible()
    await expect(prose).toContainText(
      'I’m Perry Gibson, working at the intersection of machine learning📉 and systems🔩.',
    )
    await expect(prose.getByRole('link', { name: 'Dr José Cano Reyes' })).toHaveAttribute(
      'href',
      'http://www.dcs.gla.ac.uk/~josecr/',
    )
    await expect(prose.getByRole('link', { name: /🔒\s*0x272C7D9A29B234DA/ })).toBeVisible()
    const text = await prose.innerText()
    expect(text).not.toMatch(/Ã|ðŸ|\{\{|\{:/)
  })

  test('keeps the <br> line break after the first sentence', async ({ page }) => {
    await page.goto('/')
    const first = page.locator('main .prose p').first()
    await expect(first.locator('br')).toHaveCount(1)
    expect(await first.innerText()).toMatch(/systems🔩\.\nI currently work at Fractile/)
  })

  test('opens with the profile photo, loaded at once at its own size', async ({ page }) => {
    await page.goto('/')
    const img = page.locator('.profile').getByRole('img', { name: 'Photo of Perry Gibson' })
    await expect(img).toBeVisible()
    await expect(img).toHaveAttribute('loading', 'eager')
    await expect(img).toHaveAttribute('width', '320')
    await expect(img).toHaveAttribute('height', '320')
    await expectImageLoaded(img)
    // Only once: the body's own copy of the photo was removed when the profile took its place.
    await expect(page.locator('main img[src$="pg_profile.jpg"]')).toHaveCount(1)
  })

  test('shows the badges from the site itself', async ({ page }) => {
    await page.goto('/')
    for (const name of ['Website: up', 'Made with Markdown', 'Say thanks']) {
      const badge = page.getByRole('img', { name, exact: true })
      await expect(badge).toBeVisible()
      await expectImageLoaded(badge)
      expect(await badge.getAttribute('src')).toMatch(/^\/assets\/badges\//)
    }
  })

  for (const [name, heading] of [
    ['/Publications', 'Publications'],
    ['/Posts', 'Posts'],
    ['/oss', 'Open source'],
  ] as const) {
    test(`link ${name} leads to the ${heading} page`, async ({ page }) => {
      await page.goto('/')
      await page.locator('main .prose').getByRole('link', { name, exact: true }).click()
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      expect(new URL(page.url()).pathname).toMatch(/^\/(publications|posts|oss)\/$/)
    })
  }

  test('declares a canonical URL and description', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
      'href',
      'https://gibsonic.org/',
    )
    await expect(page.locator('meta[name=description]')).toHaveAttribute(
      'content',
      /ML systems and compiler engineer/,
    )
  })
})
