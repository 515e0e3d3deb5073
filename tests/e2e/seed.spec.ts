import { SEED_PORT } from '../../playwright.config'
import { expect, test } from './fixtures'

// The original Jekyll About page, byte for byte, built as a site of its own.
test.use({ baseURL: `http://127.0.0.1:${SEED_PORT}`, quietlyBlockedHosts: ['img.shields.io'] })

test('the verbatim seed renders: characters as they are, picture floated, Liquid expanded', async ({
  page,
}) => {
  await page.goto('/')
  const prose = page.locator('main .prose')
  await expect(prose).toContainText('machine learningðŸ“‰ and systemsðŸ”©')
  await expect(prose.getByRole('link', { name: 'Dr JosÃ© Cano Reyes' })).toBeVisible()
  const img = page.getByRole('img', { name: 'picture of Perry Gibson' })
  expect(await img.evaluate((el) => getComputedStyle(el).float)).toBe('left')
  await expect(prose.getByRole('link', { name: '/oss', exact: true })).toHaveAttribute(
    'href',
    '/oss/',
  )
  expect(await prose.innerText()).not.toContain('{{')
})
