import { BASE_PATH_PORT, FULL_PORT, RENDER_PORT, TEST_BASE_PATH } from '../../playwright.config'
import { expect, pageWithoutJavaScript, test } from './fixtures'
import { problemsWithoutJavaScript } from './no-javascript'

const SITES = [
  { name: 'the whole-site fixture', port: FULL_PORT, prefix: '' },
  {
    name: `the whole-site fixture under ${TEST_BASE_PATH}`,
    port: BASE_PATH_PORT,
    prefix: TEST_BASE_PATH,
  },
  { name: 'the render fixture', port: RENDER_PORT, prefix: '' },
  // Not the seed fixture: its verbatim Jekyll page links to sections that site does not have.
]

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
