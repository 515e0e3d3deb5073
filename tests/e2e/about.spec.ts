import { FULL_PORT } from '../../playwright.config'
import { expect, expectImageLoaded, test } from './fixtures'

// The whole-site fixture, not the live content/ (which a fork replaces).
test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

test.describe('About page', () => {
  test('shows the About text with its characters repaired', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveTitle('Perry Gibson 🍐')
    const prose = page.locator('main .prose')
    await expect(page.getByRole('heading', { level: 1, name: 'About' })).toBeVisible()
    await expect(prose).toContainText(
      "I'm Perry Gibson, working at the intersection of machine learning📉 and systems🔩.",
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

  test('floats the profile picture left with a 1em right margin', async ({ page }) => {
    await page.goto('/')
    const img = page.getByRole('img', { name: 'picture of Perry Gibson' })
    await expect(img).toBeVisible()
    const style = await img.evaluate((el) => {
      const cs = getComputedStyle(el)
      return {
        float: cs.float,
        marginRight: cs.marginRight,
        fontSize: cs.fontSize,
      }
    })
    expect(style.float).toBe('left')
    expect(style.marginRight).toBe(style.fontSize)
    await expectImageLoaded(img)
    // The text after it wraps beside the picture, not below it.
    const imgBox = (await img.boundingBox())!
    const firstLineX = await page
      // kramdown's typography makes the apostrophe a curly one.
      .getByText('I’m interested in across-stack optimisation')
      .evaluate((p) => {
        const range = document.createRange()
        range.setStart(p.firstChild!, 0)
        range.setEnd(p.firstChild!, 1)
        return range.getBoundingClientRect().x
      })
    expect(firstLineX).toBeGreaterThanOrEqual(imgBox.x + imgBox.width + 15)
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
