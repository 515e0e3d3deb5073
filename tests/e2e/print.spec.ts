import { FULL_PORT } from '../../playwright.config'
import { expect, test } from './fixtures'

// The whole-site fixture, not the live content/ (which a fork replaces).
test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

test.describe('printing', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ media: 'print' })
  })

  test('a post prints without navigation, with link addresses written out', async ({ page }) => {
    await page.goto('/blog/2026/10/14/questions-before-porting-a-model/')
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
    await expect(page.getByRole('contentinfo')).toBeHidden()
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    )
  })

  test('the publications page prints every entry, without the filters, with the addresses of its links', async ({
    page,
  }) => {
    await page.goto('/publications/')
    await expect(page.getByRole('navigation', { name: 'Filter publications' })).toBeHidden()
    const doi = page.locator(
      '#gibson2022transfer a[href="https://doi.org/10.1145/3559009.3569682"]',
    )
    const after = await doi.evaluate((a) => getComputedStyle(a, '::after').content)
    expect(after).toBe('" <https://doi.org/10.1145/3559009.3569682>"')
    await expect(page.locator('.publication')).toHaveCount(13)
  })
})
