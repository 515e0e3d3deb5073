import fs from 'node:fs'
import type { ImportReport } from '../../lib/import/report'
import { ACADEMICPAGES_PORT, AL_FOLIO_PORT } from '../../playwright.config'
import { axeViolations, expect, test } from './fixtures'

/**
 * Example sites in al-folio's and academicpages' shapes (tests/fixtures/*-site), moved in by
 * `npm run import:jekyll` and built (scripts/build-fixtures.ts): their collections and CV data are
 * the site's own sections now, and every old URL the import reports still leads somewhere.
 */
const SITES = [
  { theme: 'al-folio', port: AL_FOLIO_PORT },
  { theme: 'academicpages', port: ACADEMICPAGES_PORT },
] as const
const reportOf = (theme: string) =>
  JSON.parse(fs.readFileSync(`.build/import-${theme}/report.json`, 'utf8')) as ImportReport

test.describe('al-folio-shaped site', () => {
  test.use({ baseURL: `http://127.0.0.1:${AL_FOLIO_PORT}` })
  // axe's run takes long on a loaded two-core machine.
  test.describe.configure({ timeout: 90_000 })

  test('its _news are on the home page and at /news/; the titled one keeps its page', async ({
    page,
  }) => {
    await page.goto('/')
    const strip = page.locator('.news-strip')
    await expect(strip).toContainText('the invented Loom compiler reached its first release')
    await expect(strip.locator('strong')).toHaveText('Loom')
    await page.goto('/news/')
    const items = page.locator('.news-item')
    await expect(items).toHaveCount(2)
    await expect(items.nth(1)).toContainText('An example longer announcement')
    await items.nth(1).getByRole('link', { name: /More/ }).click()
    await expect(page).toHaveURL(/\/news\/announcement_2\/$/)
    await expect(page.locator('main')).toContainText('It has a second paragraph, also an example.')
  })

  test('its _projects are cards at /projects/ and pages at their old URLs', async ({ page }) => {
    await page.goto('/projects/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('projects')
    const cards = page.locator('.project-card')
    await expect(cards).toHaveCount(2)
    await expect(cards.first()).toContainText('An example compiler for weaving loops')
    await expect(page.locator('main')).not.toContainText('site.projects')
    await page.goto('/projects/1_loom/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loom')
    await expect(page.getByRole('link', { name: 'Code' })).toHaveAttribute(
      'href',
      'https://github.com/rowan-example/loom',
    )
    expect(await axeViolations(page)).toEqual([])
  })

  test('its _data/cv.yml is the CV at /cv/, with the PDF linked, and in /cv.json', async ({
    page,
    request,
  }) => {
    await page.goto('/cv/')
    const main = page.locator('main')
    await expect(main).toContainText('Example University')
    await expect(main).toContainText('Research Engineer')
    await expect(main).toContainText('Example Prize')
    await expect(page.getByRole('link', { name: 'The CV as a PDF' })).toHaveAttribute(
      'href',
      '/assets/pdf/example_cv.pdf',
    )
    const json = await (await request.get('/cv.json')).json()
    expect(json.basics.name).toBe('Rowan Example')
  })

  test("its papers.bib's PDF, named as al-folio names it, is linked where it is", async ({
    page,
    request,
  }) => {
    await page.goto('/publications/example2023loom/')
    const pdf = page.getByRole('link', { name: 'PDF' }).first()
    await expect(pdf).toHaveAttribute('href', '/assets/pdf/loom.pdf')
    expect((await request.get('/assets/pdf/loom.pdf')).status()).toBe(200)
  })
})

test.describe('academicpages-shaped site', () => {
  test.use({ baseURL: `http://127.0.0.1:${ACADEMICPAGES_PORT}` })
  test.describe.configure({ timeout: 90_000 })

  test('its _talks are at /talks/, each on its page at its old URL with its slides', async ({
    page,
  }) => {
    await page.goto('/talks/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Talks and presentations')
    expect(await page.locator('.talk .entry-title').allInnerTexts()).toEqual([
      'An example tutorial',
      'An example talk about loops',
    ])
    await page.goto('/talks/2023-05-10-loops-talk/')
    await expect(page.locator('main')).toContainText('Example Workshop on Loops')
    await expect(page.locator('main')).toContainText('Example abstract: a talk about invented')
    await expect(page.getByRole('link', { name: /Slides/ }).first()).toHaveAttribute(
      'href',
      '/files/slides.txt',
    )
    expect(await axeViolations(page)).toEqual([])
  })

  test('its _teaching, _portfolio and _publications are the teaching, projects and publications', async ({
    page,
  }) => {
    await page.goto('/teaching/')
    await expect(page.locator('main')).toContainText('Spring 2023')
    await expect(page.locator('main')).toContainText('Example Compilers Course')
    await page.goto('/portfolio/portfolio-1/')
    await expect(page).toHaveURL(/\/projects\/portfolio-1\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Portfolio Item')
    await page.goto('/publications/2022-06-01-example-paper/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'An Example Paper on Invented Loops',
    )
  })

  test('its JSON Resume is the CV, below the old page’s own text', async ({ page }) => {
    await page.goto('/cv/')
    const main = page.locator('main')
    await expect(main).toContainText('Example text: the CV as a PDF')
    await expect(main).toContainText('Research Fellow')
    await expect(main).toContainText('Example Institute')
  })
})

for (const { theme, port } of SITES)
  test(`${theme}: every old URL the import reports leads to its page`, async ({ page }) => {
    // One page load per old URL: on the loaded two-core machine, about 3 s each.
    test.setTimeout(120_000)
    const moves = reportOf(theme).urls
    expect(moves.length).toBeGreaterThan(5)
    for (const move of moves) {
      const response = await page.goto(`http://127.0.0.1:${port}${move.old}`)
      expect(response?.status(), move.old).toBe(200)
      await expect(page, move.old).toHaveURL(`http://127.0.0.1:${port}${move.new}`)
    }
  })
