import type { Page } from '@playwright/test'
import { BASE_PATH_PORT, RENDER_PORT, SITE_PORT, TEST_BASE_PATH } from '../../playwright.config'
import { expect, pageWithoutJavaScript, test } from './fixtures'

const SITES = [
  { name: 'the real site', port: SITE_PORT, prefix: '' },
  { name: `the real site under ${TEST_BASE_PATH}`, port: BASE_PATH_PORT, prefix: TEST_BASE_PATH },
  { name: 'the render fixture', port: RENDER_PORT, prefix: '' },
  // Not the seed fixture: its verbatim Jekyll page links to sections that site does not have.
]

/** What is wrong with the page as it stands without JavaScript (nothing, ideally). */
async function problemsWithoutJavaScript(page: Page): Promise<string[]> {
  const problems: string[] = []
  const h1 = page.locator('main h1')
  if ((await h1.count()) !== 1 || !(await h1.isVisible()) || !(await h1.innerText()).trim())
    problems.push('no visible <h1> in <main>')
  const text = (await page.locator('main').innerText()).trim()
  if (text.length <= (await h1.innerText()).trim().length)
    problems.push('<main> has only its title')
  const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link')
  if ((await nav.count()) === 0) problems.push('no navigation links')
  for (const link of await nav.all())
    if (!(await link.isVisible()))
      problems.push(`navigation link "${await link.innerText()}" is hidden`)
  // Controls that only JavaScript can make work must not be shown.
  const dead = await page
    .locator('.copy, [role=tablist], [role=tab]')
    .evaluateAll((els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => el.outerHTML.slice(0, 80)),
    )
  for (const html of dead) problems.push(`a control that needs JavaScript is shown: ${html}`)
  return problems
}

for (const { name, port, prefix } of SITES) {
  test(`${name}: every page works with JavaScript disabled`, async ({ browser }) => {
    // Every page of the site: this grows with the content.
    test.setTimeout(300_000)
    const page = await pageWithoutJavaScript(browser, `http://127.0.0.1:${port}`)
    const inPrefix = (path: string) => path.startsWith(`${prefix}/`)
    const seen = new Set<string>()
    const queue = [`${prefix}/`]
    const problems: string[] = []
    while (queue.length) {
      const path = queue.shift()!
      if (seen.has(path)) continue
      seen.add(path)
      const response = await page.goto(path, { waitUntil: 'domcontentloaded' })
      if (response?.status() !== 200) {
        problems.push(`${path}: status ${response?.status()}`)
        continue
      }
      for (const problem of await problemsWithoutJavaScript(page))
        problems.push(`${path}: ${problem}`)
      const links = await page
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href)))
        .then((urls) => urls.filter((u) => u.origin === new URL(page.url()).origin))
      for (const u of links)
        if (inPrefix(u.pathname) && u.pathname.endsWith('/') && !seen.has(u.pathname))
          queue.push(u.pathname)
    }
    // The crawl reached more than the home page: the links themselves work without JavaScript.
    expect(seen.size).toBeGreaterThan(3)
    expect(problems).toEqual([])
    await page.context().close()
  })
}
