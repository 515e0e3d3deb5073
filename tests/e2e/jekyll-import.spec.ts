import fs from 'node:fs'
import type { ImportReport } from '../../lib/import/report'
import { JEKYLL_PORT } from '../../playwright.config'
import { crawl } from './crawl'
import { axeViolations, expect, expectImageLoaded, test } from './fixtures'

/**
 * tests/fixtures/jekyll-site, moved in by `npm run import:jekyll` and built (scripts/build-fixtures.ts),
 * served the way `npm start` serves a site.
 */
const report = JSON.parse(
  fs.readFileSync('.build/jekyll-import/report.json', 'utf8'),
) as ImportReport
const YOUTUBE = ['www.youtube-nocookie.com', 'www.youtube.com']
// The fixture's _config.yml sets google_analytics, which the import carries over: its script is
// allowed by the page's policy and loads in a production build (blocked here, as every other host).
const ANALYTICS = ['www.googletagmanager.com']

test.use({
  baseURL: `http://127.0.0.1:${JEKYLL_PORT}`,
  quietlyBlockedHosts: [...YOUTUBE, ...ANALYTICS],
})

test('the import report lists every Jekyll URL, the .html ones and the redirect_from aliases', () => {
  const moves = Object.fromEntries(report.urls.map((u) => [u.old, u.new]))
  expect(moves).toMatchObject({
    '/': '/',
    '/blog/2019/08/07/first-steps/': '/blog/2019/08/07/first-steps/',
    '/old/first-steps/': '/blog/2019/08/07/first-steps/',
    '/2022/01/loops-and-leftovers.html': '/2022/01/loops-and-leftovers/',
    '/projects.html': '/projects/',
    '/publications': '/publications/',
    '/courses/': '/courses/',
  })
  // The draft was never published, so it had no URL to keep.
  expect(report.urls.some((u) => u.old.includes('unfinished-idea'))).toBe(false)
  expect(report.counts).toMatchObject({ posts: 4, drafts: 1, pages: 4, repairs: 3 })
})

test('a browser crawl of the imported site: every request answers 200, no CSP violation', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  const result = await crawl(page, request, '')
  expect(result.pages).toEqual(
    expect.arrayContaining([
      '/',
      '/posts/',
      '/blog/2021/06/01/chart-of-speedups/',
      '/projects/',
      '/courses/',
    ]),
  )
  expect([...result.statuses].filter(([, status]) => status !== 200)).toEqual([])
  expect(result.failed).toEqual([])
  expect(result.cspViolations).toEqual([])
})

for (const move of report.urls)
  test(`old URL ${move.old} reaches "${move.title}" at ${move.new}`, async ({ page }) => {
    await page.goto(move.old)
    await expect(page).toHaveURL(move.new)
    // The home page opens with the owner's profile (name as its heading), then the page's text.
    if (move.new === '/') await expect(page.locator('.profile')).toBeVisible()
    else await expect(page.locator('h1').first()).toHaveText(move.title)
  })

test('the Plotly chart is drawn by the site’s own copy of Plotly, from the copied data', async ({
  page,
}) => {
  // Plotly is 3.5 MB of script to parse: slow on a loaded machine.
  test.setTimeout(120_000)
  const requests: string[] = []
  page.on('request', (r) => requests.push(new URL(r.url()).pathname))
  await page.goto('/blog/2021/06/01/chart-of-speedups/')
  // Plotly arrives when the chart comes into view.
  await page.locator('#speedup-chart').scrollIntoViewIfNeeded()
  await expect(page.locator('#speedup-chart .main-svg').first()).toBeVisible({ timeout: 60_000 })
  await expect(page.locator('#speedup-chart')).toContainText('Speed-up over the baseline')
  expect(requests).toEqual(
    expect.arrayContaining(['/vendor/plotly.min.js', '/assets/plotly/speedup.json']),
  )
  // The YouTube embed is kept as it was.
  await expect(page.locator('iframe[title="A talk about folding loops"]')).toHaveAttribute(
    'src',
    'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ',
  )
})

test('Plotly is loaded only by the page that draws a chart', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (r) => scripts.push(new URL(r.url()).pathname))
  await page.goto('/blog/2020/03/18/measuring-things/')
  expect(scripts).not.toContain('/vendor/plotly.min.js')
  expect(scripts).not.toContain('/vendor/plotly-when-seen.js')
})

test('MathJax math is typeset by KaTeX at build time, and nothing of MathJax is left', async ({
  page,
}) => {
  await page.goto('/blog/2020/03/18/measuring-things/')
  // What the old page's MathJax typeset: kramdown's $$n$$ inside a sentence is inline math, the
  // $$ block alone in its paragraph is display math. The Markdown escape \( ... \) was "(" for
  // kramdown, so MathJax never saw it, and it stays text as it was.
  await expect(page.locator('.katex-display')).toHaveCount(1)
  await expect(page.locator('.katex')).toHaveCount(2)
  await expect(page.locator('.katex').first()).toBeVisible()
  await expect(page.locator('script[src*="mathjax" i]')).toHaveCount(0)
  // The simple include was inlined with its parameter; the links point at the new URLs.
  await expect(page.locator('aside.note')).toHaveText('Note: Timings are medians of five runs.')
  await expect(page.getByRole('link', { name: 'the first post' })).toHaveAttribute(
    'href',
    '/blog/2019/08/07/first-steps/',
  )
})

test('Liquid the site cannot run is shown verbatim in a labelled box, and the page is accessible', async ({
  page,
}) => {
  await page.goto('/2022/01/loops-and-leftovers/')
  // A loop over the site's posts becomes a link to the post list (and is reported); the rest is
  // kept verbatim in a labelled box.
  await expect(page.getByRole('main').getByRole('link', { name: 'All posts' })).toHaveAttribute(
    'href',
    '/posts/',
  )
  // What needs only the page's own data was evaluated at import: the post has no `comments`,
  // and its year is written in.
  const main = page.getByRole('main')
  await expect(main).not.toContainText('Comments are open')
  await expect(main).toContainText('Written in 2022.')
  await expect(page.locator('code.jekyll-unconverted')).toHaveCount(0)
  // A plugin's tag and an include that lists the posts stay, each in a labelled box.
  const boxes = page.locator('div.jekyll-unconverted')
  await expect(boxes).toHaveCount(2)
  await expect(boxes.first()).toContainText('Not converted from Jekyll')
  await expect(boxes.first().locator('pre')).toHaveText('{% gist adaquill/0123456789abcdef %}')
  await expect(boxes.last().locator('pre')).toHaveText('{% include latest.html %}')
  expect(await axeViolations(page)).toEqual([])
})

test('the About page: repaired text, the raw image, kramdown classes and site variables', async ({
  page,
}) => {
  await page.goto('/')
  const main = page.locator('main')
  await expect(main).toContainText('smaller than a postage stamp📉')
  await expect(main).toContainText('Prof. José Ferreira')
  await expect(main).not.toContainText('Ã')
  await expect(main).toContainText('The office is at Room 4.01, The Annexe')
  await expectImageLoaded(page.getByRole('img', { name: 'A drawing of Ada at her desk' }))
  await expect(page.locator('p.lead')).toContainText('courses page')
})

test('a home page whose theme layout listed the posts lists the newest posts', async ({ page }) => {
  await page.goto('/')
  const recent = page.getByRole('region', { name: 'Recent posts' })
  await expect(recent.getByRole('heading', { level: 3 })).toHaveText([
    'Loops and leftovers',
    'A chart of speed-ups',
    'Measuring what the folder saves',
    'First steps with a tiny board',
  ])
  // The About text stays the page's own; the list is not part of it.
  await expect(page.locator('article.page')).not.toContainText('Loops and leftovers')
})

test('highlight blocks became highlighted code, and {% raw %} text is literal', async ({
  page,
}) => {
  await page.goto('/blog/2019/08/07/first-steps/')
  await expect(page.locator('pre code').first()).toContainText(
    'flash --port /dev/ttyUSB0 firmware.bin',
  )
  await expect(page.locator('main')).toContainText('{{ board.name }} is replaced')
  await expect(page.locator('main')).toContainText('it cost £12')
  await expectImageLoaded(page.getByRole('img', { name: 'The board on my desk' }))
})
