import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { RESEARCH_PORT } from '../../playwright.config'
import { axeViolations, expect, expectImageLoaded, pageWithoutJavaScript, test } from './fixtures'

// A Jupyter notebook post (tests/fixtures/research-site/posts/2026-02-03-notebook.ipynb), rendered
// at build time: every kind of output, and nothing from an output ever runs.
test.use({ baseURL: `http://127.0.0.1:${RESEARCH_PORT}` })

const NOTEBOOK = '/blog/2026/02/03/notebook/'

/** What a reader sees of the notebook, with or without JavaScript. */
async function expectNotebook(page: Page) {
  await page.goto(NOTEBOOK)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'An example notebook: outputs of every kind',
  )
  // Markdown cells: the site's pipeline, math included; the front-matter cell is not shown.
  await expect(page.getByRole('heading', { level: 2, name: 'Sums' })).toBeVisible()
  await expect(page.locator('.prose .katex-display').first()).toBeVisible()
  await expect(page.locator('.prose')).not.toContainText('description:')
  // Code cells highlighted as Python, outputs after each.
  const cells = page.locator('.nb-cell')
  await expect(cells).toHaveCount(9)
  await expect(cells.first().locator('.code-block .shiki')).toContainText('def total(n):')
  await expect(cells.first().locator('.nb-outputs')).toContainText('total(10) = 55')
  await expect(cells.first().locator('.nb-outputs')).toContainText('5050')
  // Images as files with their dimensions; the PNG with responsive variants.
  const png = cells.nth(2).locator('.nb-outputs img')
  await expect(png).toHaveAttribute('width', '400')
  await expect(png).toHaveAttribute('height', '250')
  await expect(png).toHaveAttribute('alt', 'Output of code cell 3')
  await expect(cells.nth(2).locator('picture source[type="image/avif"]')).toHaveCount(1)
  await expectImageLoaded(png)
  const svg = cells.nth(3).locator('.nb-outputs img')
  await expect(svg).toHaveAttribute('src', /\.svg$/)
  await expectImageLoaded(svg)
  // A sanitised HTML table, LaTeX as math, Markdown as prose, an error's traceback.
  await expect(cells.nth(4).locator('table')).toContainText('5050')
  await expect(cells.nth(6).locator('.nb-outputs .katex-display')).toBeVisible()
  await expect(cells.nth(7).locator('.nb-outputs strong')).toHaveText('55')
  await expect(cells.nth(8).locator('.nb-error')).toContainText('TypeError: can only concatenate')
  // Where scripts or widgets were dropped, the page says so: the SVG, the HTML, the widget.
  await expect(page.locator('.nb-dropped')).toHaveCount(3)
  await expect(cells.nth(5).locator('.nb-dropped')).toContainText('never runs')
  await expect(cells.nth(5).locator('.nb-outputs')).toContainText('IntSlider(value=3)')
}

test('a notebook post shows its cells and every kind of output', async ({ page }) => {
  await expectNotebook(page)
  // ANSI colours become the code theme's terminal colours: green text is not the default colour.
  const colour = (text: string) =>
    page
      .locator('.nb-stream span', { hasText: text })
      .last()
      .evaluate((el) => getComputedStyle(el).color)
  expect(await colour('passed')).not.toBe(await colour('3 checks'))
  // Nothing in an output ran: the fixture's scripts and handlers would set this.
  await page.waitForLoadState('load')
  expect(
    await page.evaluate(() => 'notebookScriptRan' in window || '__notebookScriptRan' in window),
  ).toBe(false)
})

test('the same without JavaScript, images included', async ({ browser, baseURL }) => {
  const page = await pageWithoutJavaScript(browser, baseURL)
  await expectNotebook(page)
})

test('the page carries no output script, and the SVG file is cleaned of its script', async ({
  page,
  request,
}) => {
  const html = await (await request.get(NOTEBOOK)).text()
  expect(html).not.toContain('__notebookScriptRan')
  expect(html).not.toContain('onerror')
  await page.goto(NOTEBOOK)
  const src = await page.locator('.nb-cell').nth(3).locator('img').getAttribute('src')
  const svg = await request.get(src!)
  expect(svg.ok()).toBe(true)
  expect(svg.headers()['content-type']).toContain('image/svg+xml')
  const text = await svg.text()
  expect(text).toContain('<rect')
  expect(text).not.toContain('script')
})

test('the notebook itself downloads from its page', async ({ page, request }) => {
  await page.goto(NOTEBOOK)
  const link = page.getByRole('link', { name: 'Download the notebook (notebook.ipynb)' })
  await expect(link).toHaveAttribute('download', 'notebook.ipynb')
  const response = await request.get((await link.getAttribute('href'))!)
  expect(response.ok()).toBe(true)
  const notebook = (await response.json()) as { nbformat: number; cells: unknown[] }
  expect(notebook.nbformat).toBe(4)
  expect(notebook.cells.length).toBeGreaterThan(10)
})

test('the notebook page stays within the JavaScript budget', async ({ page, request }) => {
  await page.goto(NOTEBOOK)
  const sources = await page
    .locator('script[src]')
    .evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src))
  const inline = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''))
  const bodies: Buffer[] = inline.map((s) => Buffer.from(s))
  for (const src of sources) bodies.push(await (await request.get(src)).body())
  const gzipped = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0)
  expect(gzipped).toBeLessThanOrEqual(10 * 1024)
})

test('the feed carries the notebook, its images at absolute URLs', async ({ request }) => {
  const feed = (await (await request.get('/feed.json')).json()) as {
    items: { url: string; content_html: string }[]
  }
  const post = feed.items.find((i) => i.url.endsWith(NOTEBOOK))!
  expect(post.content_html).toContain('total(10) = 55')
  expect(post.content_html).toMatch(
    /src="https:\/\/research\.example\.org\/blog\/2026\/02\/03\/notebook\/output-[0-9a-f]+\.png"/,
  )
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the notebook page passes axe in ${scheme} mode`, async ({ page }) => {
    test.slow() // axe
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(NOTEBOOK)
    expect(await axeViolations(page)).toEqual([])
  })
}
