import { FULL_PORT } from '../../playwright.config'
import { expect, test } from './fixtures'

// The whole-site fixture, not the live content/ (which a fork replaces).
test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

test('links to other sites are announced as external and open where the author said', async ({
  page,
}) => {
  await page.goto('/')
  // In content (the About page's Markdown) ...
  const employer = page.getByRole('main').getByRole('link', { name: 'Fractile (external link)' })
  await expect(employer.first()).toHaveAttribute('href', 'https://www.fractile.ai/')
  await expect(employer.first()).toHaveClass(/\bexternal\b/)
  await expect(employer.first()).not.toHaveAttribute('target', /.*/)
  // ... and in the site's own chrome.
  const github = page.getByRole('contentinfo').getByRole('link', { name: 'GitHub (external link)' })
  await expect(github).toHaveAttribute('href', 'https://github.com/Wheest')
  await expect(github).not.toHaveAttribute('target', /.*/)
  // Links within the site are not marked.
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'Posts', exact: true })).toBeVisible()
  await expect(nav.locator('a.external')).toHaveCount(0)
})

test('publication and open-source links are marked the same way', async ({ page }) => {
  await page.goto('/oss/')
  const external = page.getByRole('main').locator('a.external')
  expect(await external.count()).toBeGreaterThan(3)
  for (const link of (await external.all()).slice(0, 5))
    await expect(link.locator('.visually-hidden')).toHaveText(' (external link)')
  await page.goto('/publications/')
  await expect(
    page.getByRole('main').getByRole('link', { name: 'DOI (external link)' }).first(),
  ).toBeVisible()
})
