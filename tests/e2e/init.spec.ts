import fs from 'node:fs'
import path from 'node:path'
import { INIT_PORT } from '../../playwright.config'
import { expect, test } from './fixtures'

// scripts/build-fixtures.ts runs `npm run init` on a scratch copy of content/ and public/ (as the
// new owner "Ada Example") and builds the result into this folder.
const EXPORT = '.build/sites/init'

/** Every text file of the export (pages, feeds, sitemap, search index, scripts, styles). */
function textFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|json|txt|js|css|tex|bib|webmanifest)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
}

test('after npm run init, no file of the export names the original author', () => {
  const files = textFiles(EXPORT)
  expect(files.length).toBeGreaterThan(10)
  const named = files.flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8')
    return [...text.matchAll(/Perry|Gibson|gibsonic|Wheest/gi)].map(
      (m) =>
        `${path.relative(EXPORT, file)}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`,
    )
  })
  expect(named).toEqual([])
  // The new owner's name is there instead, and the example post is a draft: not published.
  expect(fs.readFileSync(path.join(EXPORT, 'index.html'), 'utf8')).toContain('Ada Example')
  expect(files.filter((f) => f.includes('example-post'))).toEqual([])
})

test.describe('the site npm run init writes', () => {
  test.use({ baseURL: `http://127.0.0.1:${INIT_PORT}` })

  test('has an About page with the owner’s name, role and links, and an empty post list', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page).toHaveTitle('Ada Example')
    await expect(page.getByRole('heading', { level: 1, name: 'Ada Example' })).toBeVisible()
    await expect(page.getByRole('main')).toContainText('Ada Example, Compiler researcher.')
    await expect(
      page.getByRole('contentinfo').getByRole('link', { name: /GitHub/ }),
    ).toHaveAttribute('href', 'https://github.com/ada-example')
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
      'href',
      'https://ada.example.org/',
    )
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Posts' })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'Posts' })).toBeVisible()
  })
})
