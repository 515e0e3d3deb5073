import { BASE_PATH_PORT, FULL_PORT, TEST_BASE_PATH } from '../../playwright.config'
import { crawl, recordCspViolations } from './crawl'
import { expect, test } from './fixtures'

/** The whole-site fixture, exported for a domain's root and for a GitHub project site. */
const BUILDS = [
  { name: 'root build', port: FULL_PORT, prefix: '' },
  { name: `BASE_PATH=${TEST_BASE_PATH} build`, port: BASE_PATH_PORT, prefix: TEST_BASE_PATH },
]

/** One page of each type; the crawl must reach them all from the home page. */
const PAGE_TYPES = [
  '/',
  '/posts/',
  '/blog/2026/11/24/how-this-site-is-built/',
  '/publications/',
  '/oss/',
]

for (const { name, port, prefix } of BUILDS) {
  test.describe(name, () => {
    test.use({ baseURL: `http://127.0.0.1:${port}` })

    test('a browser crawl from the home page: every request answers 200 under the prefix, no CSP violation', async ({
      page,
      request,
    }) => {
      // Every page of the site, each until its network is idle: this grows with the content.
      test.setTimeout(300_000)
      const result = await crawl(page, request, prefix)
      expect(result.pages).toEqual(expect.arrayContaining(PAGE_TYPES.map((p) => prefix + p)))
      const notOk = [...result.statuses].filter(([, status]) => status !== 200)
      expect(notOk, 'every page, stylesheet, script, image and icon answers 200').toEqual([])
      expect(result.failed).toEqual([])
      expect(result.outsidePrefix, `every URL stays under ${prefix}/`).toEqual([])
      expect(result.cspViolations).toEqual([])
      // Pages, then what pages load: the stylesheets, the copy script, the icons, the images.
      const paths = [...result.statuses.keys()]
      for (const kind of [
        /\.css$/,
        /\.js$/,
        /icon\.svg/,
        /favicon\.ico/,
        /apple-icon\.png/,
        /\.jpg$/,
      ])
        expect(
          paths.some((p) => kind.test(p)),
          `${kind} was requested`,
        ).toBe(true)
    })

    test('the 404 page answers 404 and loads everything from under the prefix', async ({
      page,
      problems,
    }) => {
      const violations = await recordCspViolations(page)
      const assets: [string, number][] = []
      page.on('response', (res) => assets.push([new URL(res.url()).pathname, res.status()]))
      const res = await page.goto(`${prefix}/no/such/page/`, { waitUntil: 'networkidle' })
      expect(res?.status()).toBe(404)
      // The browser logs the 404 status of the page itself; that one is expected here.
      expect(problems).toEqual([expect.stringMatching(/status of 404/)])
      problems.length = 0
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
      const others = assets.filter(([path]) => !path.includes('/no/such/page'))
      // Its stylesheets; like every page without an interactive component, it loads no script.
      expect(others.filter(([path]) => path.endsWith('.css')).length).toBeGreaterThan(0)
      expect(
        others.filter(([path, status]) => status !== 200 || !path.startsWith(`${prefix}/`)),
      ).toEqual([])
      expect(violations).toEqual([])
      await page.getByRole('main').getByRole('link', { name: 'Posts' }).click()
      await expect(page).toHaveURL(new RegExp(`${prefix}/posts/$`))
    })

    test('URLs work with and without the trailing slash', async ({ page }) => {
      for (const path of ['/posts', '/blog/2026/11/24/how-this-site-is-built']) {
        await page.goto(prefix + path)
        await expect(page).toHaveURL(new RegExp(`${prefix}${path}/$`))
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      }
    })
  })
}

test.describe(`BASE_PATH=${TEST_BASE_PATH} build`, () => {
  test.use({ baseURL: `http://127.0.0.1:${BASE_PATH_PORT}` })

  test('is served only under its prefix, as a GitHub project site is', async ({
    page,
    request,
  }) => {
    await page.goto(TEST_BASE_PATH)
    await expect(page).toHaveURL(new RegExp(`${TEST_BASE_PATH}/$`))
    await expect(page.getByRole('heading', { level: 1, name: 'Perry Gibson' })).toBeVisible()
    for (const path of ['/', '/posts/', '/favicon.ico'])
      expect((await request.get(path)).status(), path).toBe(404)
  })

  test('canonical and Open Graph URLs include the prefix; Markdown links and images have it', async ({
    page,
  }) => {
    await page.goto(`${TEST_BASE_PATH}/posts/`)
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
      'href',
      `https://gibsonic.org${TEST_BASE_PATH}/posts/`,
    )
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
      'content',
      `https://gibsonic.org${TEST_BASE_PATH}/posts/`,
    )
    await page.goto(`${TEST_BASE_PATH}/`)
    const prose = page.locator('main .prose')
    await expect(prose.getByRole('link', { name: '/oss', exact: true })).toHaveAttribute(
      'href',
      `${TEST_BASE_PATH}/oss/`,
    )
    expect(await page.getByRole('img', { name: 'Website: up' }).getAttribute('src')).toBe(
      `${TEST_BASE_PATH}/assets/badges/website-up.svg`,
    )
    await expect(page.getByRole('link', { name: 'Perry Gibson 🍐' })).toHaveAttribute(
      'href',
      `${TEST_BASE_PATH}/`,
    )
  })
})
