import fs from 'node:fs'
import path from 'node:path'
import { BASE_PATH_PORT, FULL_PORT, TEST_BASE_PATH } from '../../playwright.config'
import { expect, test } from './fixtures'

for (const { name, origin, prefix } of [
  { name: 'at the root', origin: `http://127.0.0.1:${FULL_PORT}`, prefix: '' },
  {
    name: 'under a base path',
    origin: `http://127.0.0.1:${BASE_PATH_PORT}`,
    prefix: TEST_BASE_PATH,
  },
])
  test(`an unknown URL ${name} gets the 404 page, whose search box finds things`, async ({
    page,
    problems,
  }) => {
    const res = await page.goto(`${origin}${prefix}/blog/tiling-matrix/`)
    expect(res?.status()).toBe(404)
    // The browser logs the page's own 404 status; nothing else may go wrong.
    expect(problems).toEqual([expect.stringMatching(/status of 404/)])
    problems.length = 0
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    const main = page.getByRole('main')
    for (const section of ['About', 'Posts', 'Publications', 'Open source'])
      await expect(main.getByRole('link', { name: section, exact: true })).toBeVisible()
    const box = main.getByRole('searchbox', { name: /Search the site/ })
    await box.fill('tiling')
    await box.press('Enter')
    await expect(page).toHaveURL(`${origin}${prefix}/search/?q=tiling`)
    const result = main.getByRole('link').filter({ hasText: 'Tiling a matrix multiply' })
    await expect(result).toHaveAttribute(
      'href',
      `${prefix}/blog/2026/11/20/tiling-a-matrix-multiply/`,
    )
  })

test('404.html is exported beside the pages', async ({ request }) => {
  const res = await request.get('/404.html')
  expect(res.status()).toBe(200)
  expect(await res.text()).toContain('Page not found')
})

// A dynamic route with nothing to export (here: /posts/page/N/ and /tags/<tag>/page/N/, since the
// real site's lists fit one page) leaves a placeholder, which the post-build step removes with
// the folders that held it.
test('no route placeholder is left in the export: no Next.js error page, no empty folder', () => {
  const entries = fs.readdirSync('out', { recursive: true, withFileTypes: true })
  const empty = entries
    .filter((e) => e.isDirectory())
    .map((e) => path.join(e.parentPath, e.name))
    .filter((d) => fs.readdirSync(d).length === 0)
  expect(empty).toEqual([])
  const errorPages = entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) =>
      fs.readFileSync(f, 'utf8').startsWith('<!DOCTYPE html><html id="__next_error__"'),
    )
  expect(errorPages).toEqual([])
})
