import { expect } from '@playwright/test'
import { POSTS_ONLY_PORT } from '../../playwright.config'
import { test } from './fixtures'

// A site without a page at `/` (a Jekyll site whose home was its post list; a fork that has not
// written an About page) still has a home page: the author's profile, then the newest posts.
test.use({ baseURL: `http://127.0.0.1:${POSTS_ONLY_PORT}` })

test('a site without a page at / has a home page: the profile and the newest posts', async ({
  page,
}) => {
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page).toHaveTitle('Posts-only fixture')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alex Example')
  await expect(page.getByRole('article')).toContainText('A blog of a few posts, with no About page')
  const recent = page.getByRole('region', { name: 'Recent posts' })
  await expect(recent.getByRole('heading', { level: 3 })).toHaveText([
    'A second post',
    'A first post',
  ])
  await recent.getByRole('link', { name: 'A first post' }).click()
  await expect(page).toHaveURL(/\/blog\/2025\/03\/01\/first-post\/$/)
})

test('a tag in another script has its page, reached from the post', async ({ page }) => {
  await page.goto('/blog/2025/03/01/first-post/')
  await page.getByRole('link', { name: '#日本語' }).click()
  await expect(page).toHaveURL(/\/tags\/%E6%97%A5%E6%9C%AC%E8%AA%9E\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('日本語')
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['A first post'])
})
