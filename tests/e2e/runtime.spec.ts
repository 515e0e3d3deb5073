import type { Page } from '@playwright/test'
import { BASE_PATH_PORT, FULL_PORT, RENDER_PORT, TEST_BASE_PATH } from '../../playwright.config'
import { axeViolations, expect, pageWithoutJavaScript, test } from './fixtures'

/** Opens a page and lists the scripts the browser fetched for it until the network was idle. */
async function scriptsLoaded(page: Page, path: string): Promise<string[]> {
  const scripts: string[] = []
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname)
  })
  await page.goto(path, { waitUntil: 'networkidle' })
  return scripts
}

/** What Next.js's client runtime leaves in a page's HTML, as the server sent it. */
async function runtimeTraces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const traces = [
      ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')]
        .filter((s) => new URL(s.src).pathname.includes('/_next/'))
        .map((s) => `script ${s.getAttribute('src')}`),
      ...[
        ...document.querySelectorAll('link[rel=modulepreload], link[rel=preload][as=script]'),
      ].map((l) => `preload ${l.getAttribute('href')}`),
      ...[...document.querySelectorAll('script:not([src])')]
        .filter((s) => /__next_f|TURBOPACK/.test(s.textContent ?? ''))
        .map((s) => `inline ${(s.textContent ?? '').slice(0, 40)}`),
    ]
    if ('__next_f' in window) traces.push('window.__next_f')
    return traces
  })
}

const REAL_PAGES = ['/', '/posts/', '/blog/2026/11/24/how-this-site-is-built/', '/publications/']

for (const { name, port, prefix } of [
  { name: 'root build', port: FULL_PORT, prefix: '' },
  { name: `BASE_PATH=${TEST_BASE_PATH} build`, port: BASE_PATH_PORT, prefix: TEST_BASE_PATH },
]) {
  test.describe(`${name}: pages without interactive components`, () => {
    test.use({ baseURL: `http://127.0.0.1:${port}` })

    for (const path of REAL_PAGES) {
      test(`${path} loads no framework script and carries no flight data`, async ({ page }) => {
        const scripts = await scriptsLoaded(page, prefix + path)
        expect(scripts.filter((s) => s.includes('/_next/'))).toEqual([])
        // Only the site's own small enhancement scripts remain, from under the prefix.
        for (const s of scripts) expect(s.startsWith(`${prefix}/`), s).toBe(true)
        expect(await runtimeTraces(page)).toEqual([])
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      })
    }

    test('links are plain links: following one loads the next page in full', async ({ page }) => {
      await page.goto(`${prefix}/`)
      await page.evaluate(() => ((window as { marker?: number }).marker = 1))
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Posts' })
        .click()
      await expect(page).toHaveURL(new RegExp(`${prefix}/posts/$`))
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      // A new document, not a client-side render of the next page into the old one.
      expect(await page.evaluate(() => (window as { marker?: number }).marker)).toBeUndefined()
    })

    test('the copy buttons on the publications page still work', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      await page.goto(`${prefix}/publications/`)
      const entry = page.locator('.publication').first()
      await entry.getByText('BibTeX', { exact: true }).click()
      await entry.getByRole('button', { name: 'Copy BibTeX' }).click()
      await expect(entry.getByRole('status')).toHaveText('Copied')
      const copied = await page.evaluate(() => navigator.clipboard.readText())
      expect(copied).toBe(await entry.locator('details pre').innerText())
    })
  })
}

test.describe('render fixture', () => {
  test.use({ baseURL: `http://127.0.0.1:${RENDER_PORT}` })

  const TABS = '/blog/2026/01/04/tabs/'
  const PLAIN_MDX = '/blog/2026/01/03/mdx/'

  test('an MDX post whose components are all static ships without the runtime', async ({
    page,
  }) => {
    const scripts = await scriptsLoaded(page, PLAIN_MDX)
    // Only the site's own enhancement files: copy buttons, the theme toggle and search.
    expect(scripts.sort()).toEqual(['/copy.js', '/search.js', '/theme.js'])
    expect(await runtimeTraces(page)).toEqual([])
    await expect(page.locator('.callout')).toBeVisible()
  })

  test('a post with <Tabs> keeps the runtime and hydrates: tabs answer clicks and keys', async ({
    page,
  }) => {
    const scripts = await scriptsLoaded(page, TABS)
    expect(scripts.filter((s) => s.startsWith('/_next/')).length).toBeGreaterThan(0)
    expect(await runtimeTraces(page)).not.toEqual([])

    const tablist = page.getByRole('tablist')
    const tab = (name: string) => tablist.getByRole('tab', { name, exact: true })
    const panel = page.getByRole('tabpanel')
    await expect(tab('npm')).toHaveAttribute('aria-selected', 'true')
    await expect(panel).toHaveCount(1)
    await expect(panel).toContainText('npm install --save-dev tsx')
    // The headings that label the variants without JavaScript are gone.
    await expect(page.locator('.tab-heading')).toHaveCount(0)

    await tab('Yarn').click()
    await expect(tab('Yarn')).toHaveAttribute('aria-selected', 'true')
    await expect(tab('npm')).toHaveAttribute('aria-selected', 'false')
    await expect(panel).toContainText('yarn add --dev tsx')
    await expect(panel).toHaveAttribute('aria-labelledby', (await tab('Yarn').getAttribute('id'))!)

    // Arrow keys wrap around; Home and End jump; focus follows the selection.
    await page.keyboard.press('ArrowRight')
    await expect(tab('npm')).toBeFocused()
    await expect(tab('npm')).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowLeft')
    await expect(tab('Yarn')).toBeFocused()
    await page.keyboard.press('Home')
    await expect(tab('npm')).toBeFocused()
    await page.keyboard.press('End')
    await expect(tab('Yarn')).toBeFocused()
    await page.keyboard.press('ArrowLeft')
    await expect(tab('pnpm')).toHaveAttribute('aria-selected', 'true')
    await expect(panel).toContainText('pnpm add --save-dev tsx')
    // Only the selected tab is in the tab order.
    await expect(tablist.locator('[tabindex="0"]')).toHaveText('pnpm')
  })

  test('the copy button inside a tab copies that tab’s code', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(TABS)
    await page.getByRole('tab', { name: 'pnpm', exact: true }).click()
    const panel = page.getByRole('tabpanel')
    await panel.getByRole('button', { name: 'Copy' }).click()
    await expect(panel.getByRole('status')).toHaveText('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'pnpm add --save-dev tsx',
    )
  })

  test('without JavaScript every variant is shown under its label', async ({
    browser,
    baseURL,
  }) => {
    const page = await pageWithoutJavaScript(browser, baseURL)
    await page.goto(TABS)
    await expect(page.getByRole('tablist')).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(['npm', 'pnpm', 'Yarn'])
    for (const command of ['npm install', 'pnpm add', 'yarn add'])
      await expect(page.locator('.tabs pre', { hasText: command })).toBeVisible()
    await expect(page.getByRole('button')).toHaveCount(0)
    await page.context().close()
  })

  test('from the page that hydrates, links navigate on the client to stripped pages', async ({
    page,
  }) => {
    await page.goto(TABS, { waitUntil: 'networkidle' })
    await page.evaluate(() => ((window as { marker?: number }).marker = 1))
    await page.getByRole('link', { name: 'Render fixture' }).click()
    await expect(page).toHaveURL(/\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // next/link rendered the next page from its RSC payload (the .txt files the strip keeps).
    expect(await page.evaluate(() => (window as { marker?: number }).marker)).toBe(1)
  })

  for (const scheme of ['light', 'dark'] as const) {
    test(`the tabs pass axe in ${scheme} mode, hydrated and not`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(TABS)
      await expect(page.getByRole('tablist')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      // axe needs JavaScript, so the page as it is without JavaScript is had by serving the
      // framework's chunks empty: nothing hydrates, and every variant stays under its heading.
      await page.route('**/_next/**/*.js', (route) =>
        route.fulfill({ body: '', contentType: 'text/javascript' }),
      )
      await page.reload()
      await expect(page.locator('.tab-heading')).toHaveCount(3)
      await expect(page.getByRole('tablist')).toHaveCount(0)
      expect(await axeViolations(page)).toEqual([])
    })
  }
})
