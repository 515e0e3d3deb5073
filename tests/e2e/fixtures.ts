import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Browser, type Locator, type Page } from '@playwright/test'

/**
 * Every end-to-end test gets a page that cannot reach the network (anything not on 127.0.0.1 is
 * aborted and recorded) and that fails the test on any console error or uncaught exception.
 */
export const test = base.extend<{
  problems: string[]
  quietlyBlockedHosts: string[]
  expectedScriptError: (stack: string) => boolean
}>({
  // An uncaught error whose cause the content's own report explains (the corpus: a script whose
  // element the author commented out, which threw on the old site too): printed, not a failure.
  expectedScriptError: [async ({}, provide) => provide(() => false), { option: true }],
  // Hosts that a fixture is known to reference (the verbatim seed hot-links shields.io): still
  // blocked, but not a failure. '*' stands for every host but 127.0.0.1, for content the test did
  // not write (tests/e2e/any-site.spec.ts).
  quietlyBlockedHosts: [[], { option: true }],
  problems: async ({}, use) => {
    await use([])
  },
  page: async ({ page, problems, quietlyBlockedHosts, expectedScriptError }, use) => {
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
    page.on('pageerror', (err) => {
      if (expectedScriptError(err.stack ?? '')) console.log(`expected page error: ${err.message}`)
      else problems.push(`page error: ${err.message}`)
    })
    await use(page)
    expect(problems, 'no console errors, page errors or external requests').toEqual([])
  },
})

export { expect }

/** Axe with the WCAG 2.x A/AA rules and its best practices, as every page is checked. */
function runAxe(page: Page) {
  return new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
}

const summary = (v: { id: string; help: string }, targets: string[]) =>
  `${v.id}: ${v.help} (${targets.join(', ')})`

/** Runs axe (see `runAxe`) and returns the violations, summarised for messages. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await runAxe(page)
  return results.violations.map((v) =>
    summary(
      v,
      v.nodes.map((n) => n.target.join(' ')),
    ),
  )
}

/**
 * The site's own scripts (app/layout.tsx, components/copy/, Next.js's runtime, Pagefind). Any other
 * script a page loads from the site is the author's: one an imported Jekyll site brought along
 * (its layouts' scripts, inline scripts moved to files, a chart's library).
 */
const SITE_SCRIPTS = /\/(_next\/|pagefind\/|(theme|search|copy)\.js$)/

/**
 * Before any script of the page runs: remembers every element that a script adds or changes after
 * the document has been parsed (the parser's own insertions are taken as they end, so only what
 * scripts draw is left). Call before `page.goto`; `axeFindings` reads it.
 */
export async function recordDrawnByScripts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // Elements a script added (with everything inside them), and static elements a script changed
    // (an attribute, their text: only the element itself, so a class on <html> covers nothing else).
    const added = new WeakSet<Node>()
    const changed = new WeakSet<Node>()
    let parsed = document.readyState !== 'loading'
    const note = (records: MutationRecord[]) => {
      if (!parsed) return
      for (const r of records) {
        if (r.type === 'childList') {
          r.addedNodes.forEach((n) => added.add(n))
          if (r.addedNodes.length || r.removedNodes.length) changed.add(r.target)
        } else
          changed.add(r.type === 'characterData' ? (r.target.parentNode ?? r.target) : r.target)
      }
    }
    const observer = new MutationObserver(note)
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    })
    document.addEventListener('readystatechange', () => {
      if (parsed) return
      observer.takeRecords()
      parsed = true
    })
    Object.assign(window, {
      __drawnByScript: (el: Element) => {
        note(observer.takeRecords())
        if (changed.has(el)) return true
        for (let n: Node | null = el; n; n = n.parentNode) if (added.has(n)) return true
        return false
      },
    })
  })
}

/**
 * Axe's violations on a page (see `axeViolations`), split in two. What the author's own scripts
 * drew at runtime (a post's interactive demo, on a page that loads such a script, see
 * `recordDrawnByScripts`) is the author's content, which the site cannot repair: it is reported,
 * not failed. Everything else, the site's templates and the page's own markup, must pass.
 */
export async function axeFindings(
  page: Page,
): Promise<{ violations: string[]; drawnByAuthorScripts: string[] }> {
  const results = await runAxe(page)
  // Which of the flagged elements the author's scripts drew, asked of the page once for them all.
  // Only a single selector (not one inside a frame) can be looked up in the page.
  const selectors = results.violations.flatMap((v) =>
    v.nodes.map((n) => (n.target.length === 1 ? String(n.target[0]) : '')),
  )
  const drawn = await page.evaluate(
    ({ own, selectors }) => {
      const authorScripts = [...document.scripts].some(
        (s) => s.src && new URL(s.src).origin === location.origin && !new RegExp(own).test(s.src),
      )
      const check = (window as { __drawnByScript?: (e: Element) => boolean }).__drawnByScript
      return selectors.map((selector) => {
        if (!authorScripts || !selector || !check) return false
        const el = document.querySelector(selector)
        return !!el && check(el)
      })
    },
    { own: SITE_SCRIPTS.source, selectors },
  )
  const violations: string[] = []
  const drawnByAuthorScripts: string[] = []
  let i = 0
  for (const v of results.violations) {
    const split = { static: [] as string[], drawn: [] as string[] }
    for (const node of v.nodes) split[drawn[i++] ? 'drawn' : 'static'].push(node.target.join(' '))
    if (split.static.length) violations.push(summary(v, split.static))
    if (split.drawn.length) drawnByAuthorScripts.push(summary(v, split.drawn))
  }
  return { violations, drawnByAuthorScripts }
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
