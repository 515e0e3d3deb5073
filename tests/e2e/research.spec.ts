import type { Page } from '@playwright/test'
import { RESEARCH_PORT } from '../../playwright.config'
import { axeViolations, expect, pageWithoutJavaScript, test } from './fixtures'

// A researcher's posts: citations, compiler IR (tests/fixtures/research-site).
test.use({ baseURL: `http://127.0.0.1:${RESEARCH_PORT}` })

const CITATIONS = '/blog/2026/02/01/citations/'
const MLIR = '/blog/2026/02/02/mlir/'

async function followCitation(page: Page) {
  await page.goto(CITATIONS)
  await page.getByRole('link', { name: '1, p. 3' }).click()
  await expect(page).toHaveURL(`${CITATIONS}#ref-gibson2022transfer`)
  const entry = page.locator('#ref-gibson2022transfer')
  await expect(entry).toBeInViewport()
  await expect(entry).toContainText('Perry Gibson and José Cano.')
  await entry.getByRole('link', { name: /^Transfer-Tuning/ }).click()
  await expect(page).toHaveURL('/publications/gibson2022transfer/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Transfer-Tuning/)
}

test('a citation leads to its reference, and the reference to the publication page', async ({
  page,
}) => {
  await followCitation(page)
})

test('the same without JavaScript', async ({ browser, baseURL }) => {
  const page = await pageWithoutJavaScript(browser, baseURL)
  await followCitation(page)
})

test('references list every cited work once, in order, linking others to DOI or URL', async ({
  page,
}) => {
  test.slow() // axe
  await page.goto(CITATIONS)
  const ids = await page
    .locator('ol.references > li')
    .evaluateAll((items) => items.map((li) => li.id))
  expect(ids).toEqual([
    'ref-gibson2022transfer',
    'ref-gibson2020orpheus',
    'ref-lattner2021mlir',
    'ref-chen2018tvm',
  ])
  await expect(page.locator('#ref-lattner2021mlir a')).toHaveAttribute(
    'href',
    'https://doi.org/10.1109/CGO51591.2021.9370308',
  )
  // Narrative @key and jekyll-scholar's {% cite %}; a handle stays text.
  await expect(page.getByText('Lattner et al. [3] describe')).toBeVisible()
  await expect(page.getByRole('link', { name: '4', exact: true })).toHaveAttribute(
    'href',
    '#ref-chen2018tvm',
  )
  await expect(page.getByText('or @someone elsewhere')).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
})

test('the feeds carry the references as text', async ({ request }) => {
  const feed = (await (await request.get('/feed.json')).json()) as {
    items: { url: string; content_html: string }[]
  }
  const post = feed.items.find((i) => i.url.endsWith(CITATIONS))!
  expect(post.content_html).toContain('<h2 id="references">')
  expect(post.content_html).toContain('Orpheus: A New Deep Learning Framework')
  expect(post.content_html).not.toContain('[@')
})

const COLOURS = {
  light: { ssa: 'rgb(112, 44, 0)', op: 'rgb(98, 44, 188)', type: 'rgb(160, 17, 31)' },
  dark: { ssa: 'rgb(255, 166, 87)', op: 'rgb(210, 168, 255)', type: 'rgb(255, 123, 114)' },
}

for (const scheme of ['light', 'dark'] as const) {
  test(`MLIR, TableGen and PTX are coloured in ${scheme} mode, and pass axe`, async ({ page }) => {
    const colour = (text: string | RegExp) =>
      page
        .locator('.shiki span.line > span', { hasText: text })
        .first()
        .evaluate((el) => getComputedStyle(el).color)
    test.slow() // axe
    const expected = COLOURS[scheme]
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(MLIR)
    expect(await colour('%cst')).toBe(expected.ssa)
    expect(await colour('linalg.matmul')).toBe(expected.op)
    expect(await colour(/^tensor$/)).toBe(expected.type)
    expect(await colour('$inputs')).not.toBe(await colour('Linalg_MatmulOp'))
    expect(await colour('%tid.x')).not.toBe(await colour('%r1'))
    expect(await axeViolations(page)).toEqual([])
  })
}
