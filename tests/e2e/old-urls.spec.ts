import { FULL_PORT } from '../../playwright.config'
import { expect, test } from './fixtures'

// The whole-site fixture, not the live content/ (which a fork replaces).
test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

// Addresses the old Jekyll site served (from its _config.yml and page front matter), each of which
// must still lead somewhere useful.

for (const [old, heading] of [
  ['/publications', 'Publications'],
  ['/oss', 'Open source'],
  ['/posts', 'Posts'],
] as const) {
  test(`${old} (no trailing slash, as Jekyll linked it) shows its page`, async ({ page }) => {
    await page.goto(old)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  })
}

test('the second page of the old paginated post list leads to the post list', async ({ page }) => {
  await page.goto('/page/2/')
  await expect(page).toHaveURL(/\/posts\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Posts' })).toBeVisible()
})

test('/publications.tex is the publication list as LaTeX, generated from the BibTeX', async ({
  request,
}) => {
  const res = await request.get('/publications.tex')
  expect(res.status()).toBe(200)
  const tex = await res.text()
  expect(tex).toContain('\\begin{enumerate}')
  expect(tex).toContain(
    '\\emph{Compiler-centric Across-stack Deep Learning Acceleration}. PhD thesis, University of Glasgow, 2024.',
  )
  expect(tex.match(/\\item /g)).toHaveLength(13)
})
