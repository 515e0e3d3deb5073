import { JEKYLL_PORT } from '../../playwright.config'
import { expect, test } from './fixtures'

// The imported chart post (tests/fixtures/jekyll-site) links Plotly's own stylesheet, served by the
// site (app/vendor/plotly.css/route.ts), since Plotly may not write <style> under the policy.
test.use({
  baseURL: `http://127.0.0.1:${JEKYLL_PORT}`,
  quietlyBlockedHosts: ['www.googletagmanager.com', 'www.youtube-nocookie.com', 'www.youtube.com'],
})

test('the Plotly chart is laid out by Plotly’s own stylesheet, from the site', async ({ page }) => {
  // Plotly is 3.5 MB of script to parse: slow on a loaded machine.
  test.setTimeout(120_000)
  const requests: string[] = []
  page.on('request', (r) => requests.push(new URL(r.url()).pathname))
  await page.goto('/blog/2021/06/01/chart-of-speedups/')
  await page.locator('#speedup-chart').scrollIntoViewIfNeeded()
  const svg = page.locator('#speedup-chart .main-svg').first()
  await expect(svg).toBeVisible({ timeout: 60_000 })
  // Plotly's rule `.js-plotly-plot .plotly .main-svg{position:absolute}` stacks its layers.
  await expect(svg).toHaveCSS('position', 'absolute')
  expect(requests).toContain('/vendor/plotly.css')
  const css = await (await page.request.get('/vendor/plotly.css')).text()
  expect(css).toContain('.js-plotly-plot .plotly .modebar{position:absolute;')
})

test('Plotly is fetched only when the chart comes into view, and the chart’s room is kept until then', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 360, height: 640 })
  const requests: string[] = []
  page.on('request', (r) => requests.push(new URL(r.url()).pathname))
  await page.goto('/blog/2021/06/01/chart-of-speedups/')
  await page.waitForLoadState('networkidle')
  const chart = page.locator('#speedup-chart')
  // The fixture's chart starts well below the first screen (and the stand-in's 300 px margin).
  const box = (await chart.boundingBox())!
  expect(box.y).toBeGreaterThan(640 + 300)
  // Its room is kept (the figure's height, 320 px), so the text below does not move when it is drawn.
  expect(box.height).toBe(320)
  expect(requests).toContain('/vendor/plotly-when-seen.js')
  expect(requests).not.toContain('/vendor/plotly.min.js')
  const below = page.getByText('And a short talk about them:')
  const before = (await below.boundingBox())!.y - box.y
  await chart.scrollIntoViewIfNeeded()
  await expect(chart.locator('.main-svg').first()).toBeVisible({ timeout: 60_000 })
  expect(requests).toContain('/vendor/plotly.min.js')
  expect((await below.boundingBox())!.y - (await chart.boundingBox())!.y).toBe(before)
  expect((await chart.boundingBox())!.height).toBe(320)
})
