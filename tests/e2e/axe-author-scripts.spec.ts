import { axeFindings, expect, recordDrawnByScripts, test } from './fixtures'

// The corpus's axe check (tests/e2e/any-site-checks.ts) fails on the site's markup and the page's
// own, and lists what an imported post's own script draws at runtime without failing. This page,
// served by the test itself, has one unnamed button in its markup and a script of the author's
// that draws another and empties the name of a third.
const ORIGIN = 'http://127.0.0.1:1'
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Demo</title><style>button{min-width:48px;min-height:48px;margin:8px}</style>
<script src="/assets/js/demo.js" defer></script></head><body><main>
<h1>Demo</h1>
<button id="static-unnamed"></button>
<button id="named-then-emptied">Play</button>
<div id="app"></div>
</main></body></html>`
const SCRIPT = `
document.getElementById('app').innerHTML = '<button id="drawn-unnamed"><i class="icon"></i></button>'
document.getElementById('named-then-emptied').textContent = ''
`

test('axe fails on a page’s markup and lists what the author’s script drew', async ({ page }) => {
  await page.route(`${ORIGIN}/**`, (route) => {
    const js = route.request().url().endsWith('.js')
    return route.fulfill({
      contentType: js ? 'text/javascript' : 'text/html',
      body: js ? SCRIPT : PAGE,
    })
  })
  await recordDrawnByScripts(page)
  await page.goto(`${ORIGIN}/demo/`)
  await expect(page.locator('#drawn-unnamed')).toBeAttached()
  const found = await axeFindings(page)
  expect(found.violations).toEqual([expect.stringMatching(/^button-name: .*\(#static-unnamed\)$/)])
  expect(found.drawnByAuthorScripts).toEqual([
    expect.stringMatching(
      /^button-name: .*\((#named-then-emptied, #drawn-unnamed|#drawn-unnamed, #named-then-emptied)\)$/,
    ),
  ])
})

test('on a page with only the site’s own scripts, what scripts draw fails too', async ({
  page,
}) => {
  await page.route(`${ORIGIN}/**`, (route) => {
    const js = route.request().url().endsWith('.js')
    return route.fulfill({
      contentType: js ? 'text/javascript' : 'text/html',
      body: js ? SCRIPT : PAGE.replace('/assets/js/demo.js', '/search.js'),
    })
  })
  await recordDrawnByScripts(page)
  await page.goto(`${ORIGIN}/demo/`)
  await expect(page.locator('#drawn-unnamed')).toBeAttached()
  const found = await axeFindings(page)
  expect(found.drawnByAuthorScripts).toEqual([])
  expect(found.violations).toEqual([
    expect.stringMatching(/^button-name: .*#static-unnamed.*#drawn-unnamed/),
  ])
})
