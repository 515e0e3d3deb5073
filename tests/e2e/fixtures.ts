import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Browser, type Locator, type Page } from '@playwright/test'

/**
 * Every end-to-end test gets a page that cannot reach the network (anything not on 127.0.0.1 is
 * aborted and recorded) and that fails the test on any console error or uncaught exception.
 */
export const test = base.extend<{ problems: string[]; quietlyBlockedHosts: string[] }>({
  // Hosts that a fixture is known to reference (the verbatim seed hot-links shields.io): still
  // blocked, but not a failure. '*' stands for every host but 127.0.0.1, for content the test did
  // not write (tests/e2e/any-site.spec.ts).
  quietlyBlockedHosts: [[], { option: true }],
  problems: async ({}, use) => {
    await use([])
  },
  page: async ({ page, problems, quietlyBlockedHosts }, use) => {
    const external = (url: string) =>
      URL.canParse(url) && !['127.0.0.1', ''].includes(new URL(url).hostname)
    const anyHost = quietlyBlockedHosts.includes('*')
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url())
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue()
      if (!anyHost && !quietlyBlockedHosts.includes(url.hostname))
        problems.push(`external request blocked: ${url.href}`)
      return route.abort('blockedbyclient')
    })
    page.on('console', (msg) => {
      const from = msg.location().url
      if (
        msg.type() === 'error' &&
        !(anyHost && external(from)) &&
        !quietlyBlockedHosts.some((h) => from.includes(h))
      )
        problems.push(`console error: ${msg.text()} (${msg.location().url})`)
    })
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`))
    await use(page)
    expect(problems, 'no console errors, page errors or external requests').toEqual([])
  },
})

export { expect }

/** Runs axe with the WCAG 2.x A/AA rules and returns the violations, summarised for messages. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

/** A page in a fresh context with JavaScript disabled, to prove something works without it. */
export async function pageWithoutJavaScript(
  browser: Browser,
  baseURL: string | undefined,
): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  return context.newPage()
}

/**
 * Waits until an image has actually arrived and decoded. Images in content are lazy-loaded, so it
 * is scrolled into view first; the file then loads asynchronously, hence the poll.
 */
export async function expectImageLoaded(img: Locator): Promise<void> {
  await img.scrollIntoViewIfNeeded()
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), {
      message: 'the image file loads and decodes',
    })
    .toBe(true)
}
