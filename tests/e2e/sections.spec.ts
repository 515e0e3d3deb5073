import { FULL_PORT } from '../../playwright.config'
import { expect, test } from './fixtures'

// The whole-site fixture, not the live content/ (which a fork replaces).
test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

test('open source: contributions grouped by year, newest first, then own projects', async ({
  page,
}) => {
  await page.goto('/oss/')
  await expect(page.locator('main .prose')).toContainText('sent upstream')
  const years = await page.locator('#contributions ~ section h3').allInnerTexts()
  expect(years).toEqual([...years].sort().reverse())
  expect(years[0]).toBe('2026')
  const tvm = page.getByRole('listitem').filter({ hasText: 'apache/tvm#14286' })
  await expect(tvm).toContainText('Apache TVM')
  await expect(page.locator('section.year-group', { has: tvm }).getByRole('heading')).toHaveText(
    '2023',
  )
  await expect(
    tvm.getByRole('link', { name: '[fix][relay][qnn] Bug fix for 8-bit quantized mul' }),
  ).toHaveAttribute('href', 'https://github.com/apache/tvm/pull/14286')
  // Backticks in a PR title render as code.
  await expect(page.getByRole('link', { name: /ordered_small_map/ }).locator('code')).toHaveText(
    'ordered_small_map',
  )
  const own = page.locator('section', {
    has: page.getByRole('heading', { name: 'My own projects' }),
  })
  await expect(own.getByRole('link', { name: 'dnn64' })).toHaveAttribute(
    'href',
    'https://github.com/Wheest/dnn64',
  )
  expect(await page.locator('#contributions ~ section li').count()).toBe(19)
})

test('posts: the list links to each post, which shows its date and tags', async ({ page }) => {
  await page.goto('/posts/')
  const entry = page.getByRole('listitem').filter({ hasText: 'How this site is built' })
  await expect(entry.locator('time')).toHaveAttribute('datetime', '2026-11-24')
  await expect(entry).toContainText('24 November 2026')
  await entry.getByRole('link', { name: 'How this site is built' }).click()
  await expect(page).toHaveURL(/\/blog\/2026\/11\/24\/how-this-site-is-built\/$/)
  await expect(page.locator('article time')).toHaveText('24 November 2026')
  // Liquid in {% raw %} is shown literally; the table and code block render.
  await expect(page.locator('table')).toContainText('{{ site.baseurl }}')
  await expect(page.locator('pre code')).toContainText('is an impossible date')
})
