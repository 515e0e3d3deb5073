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
  const svg = page.locator('#speedup-chart .main-svg').first()
  await expect(svg).toBeVisible()
  // Plotly's rule `.js-plotly-plot .plotly .main-svg{position:absolute}` stacks its layers.
  await expect(svg).toHaveCSS('position', 'absolute')
  expect(requests).toContain('/vendor/plotly.css')
  const css = await (await page.request.get('/vendor/plotly.css')).text()
  expect(css).toContain('.js-plotly-plot .plotly .modebar{position:absolute;')
})
