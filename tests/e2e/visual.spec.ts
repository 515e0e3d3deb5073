import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { RENDER_PORT, SEED_PORT } from '../../playwright.config'
import { expect, test } from './fixtures'

/**
 * What every page type looks like, at a phone's and a laptop's width, light and dark.
 *
 * 1. Screenshots of every page type of the built site (out/) are written to .build/screenshots/
 *    for people to look at; they are never compared (the live content changes).
 * 2. The fixture sites' pages are compared with reference images kept beside this file, so that
 *    an unintended layout change fails. A reference holds only for the browser and the fonts it
 *    was made with, so the check runs only where both match what environment.json records, and
 *    says that it skipped elsewhere (a fork's CI on another system). To make new references, run
 *    `npx playwright test tests/e2e/visual.spec.ts --update-snapshots`: it also rewrites
 *    environment.json.
 */

// Many full pages in a real browser on a shared machine: allow for a slow one.
test.describe.configure({ timeout: 120_000 })

const WIDTHS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const
const THEMES = ['light', 'dark'] as const

/** One page of each type of the real site. */
const SITE_PAGES = [
  ['home', '/'],
  ['posts', '/posts/'],
  ['post', '/blog/2026/11/20/tiling-a-matrix-multiply/'],
  ['post-diagram', '/blog/2026/11/02/what-the-build-checks/'],
  ['tags', '/tags/'],
  ['publications', '/publications/'],
  ['publication', '/publications/gibson2024compiler/'],
  ['oss', '/oss/'],
  ['search', '/search/'],
  ['not-found', '/no/such/page/'],
] as const

/** The fixture pages the references show: each page type, on content that is the tests' own. */
const REFERENCE_PAGES = [
  ['render-home', RENDER_PORT, '/'],
  ['render-posts', RENDER_PORT, '/posts/'],
  ['render-markdown', RENDER_PORT, '/blog/2026/01/02/markdown/'],
  ['render-mdx', RENDER_PORT, '/blog/2026/01/03/mdx/'],
  ['render-tags', RENDER_PORT, '/tags/'],
  ['seed-publications', SEED_PORT, '/publications/'],
  ['seed-publication', SEED_PORT, '/publications/gibson2024compiler/'],
  ['seed-oss', SEED_PORT, '/oss/'],
] as const

const SNAPSHOTS = path.join(import.meta.dirname, 'visual.spec.ts-snapshots')
const ENVIRONMENT_FILE = path.join(SNAPSHOTS, 'environment.json')

interface Environment {
  chromium: string
  /** The font files fontconfig picks for the page's families, and their sizes, hashed. */
  fonts: string
}

/** Which font files this system draws the site's font stacks with (fontconfig's choice). */
function fontFingerprint(): string {
  const hash = createHash('sha256')
  for (const family of ['system-ui', 'sans-serif', 'monospace', 'serif']) {
    let file = ''
    try {
      file = execFileSync('fc-match', ['-f', '%{file}', family], { encoding: 'utf8' })
    } catch {
      file = '(no fontconfig)'
    }
    const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0
    hash.update(`${family}\0${file}\0${size}\n`)
  }
  return hash.digest('hex').slice(0, 16)
}

async function show(page: Page, url: string, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
  await page.goto(url)
  await page.evaluate(() => document.fonts.ready)
}

test.describe('screenshots of every page type (artefacts)', () => {
  for (const { width, height } of WIDTHS)
    for (const theme of THEMES)
      test(`${width} px, ${theme}`, async ({ page, problems }) => {
        await page.setViewportSize({ width, height })
        for (const [name, url] of SITE_PAGES) {
          await show(page, url, theme)
          await page.screenshot({
            path: `.build/screenshots/site/${name}-${width}-${theme}.png`,
            fullPage: true,
          })
        }
        problems.length = 0 // the 404 page's own status is logged by the browser
      })
})

test.describe('the fixture pages match their reference images', () => {
  test.beforeEach(async ({ browser }, testInfo) => {
    const here: Environment = { chromium: browser.version(), fonts: fontFingerprint() }
    if (
      testInfo.config.updateSnapshots === 'all' ||
      testInfo.config.updateSnapshots === 'changed'
    ) {
      fs.mkdirSync(SNAPSHOTS, { recursive: true })
      fs.writeFileSync(ENVIRONMENT_FILE, `${JSON.stringify(here, null, 2)}\n`)
      return
    }
    const made = JSON.parse(fs.readFileSync(ENVIRONMENT_FILE, 'utf8')) as Environment
    test.skip(
      made.chromium !== here.chromium || made.fonts !== here.fonts,
      `the references were made with Chromium ${made.chromium} and fonts ${made.fonts}; ` +
        `this system has Chromium ${here.chromium} and fonts ${here.fonts}`,
    )
  })

  for (const { width, height } of WIDTHS)
    for (const theme of THEMES)
      for (const [name, port, url] of REFERENCE_PAGES)
        test(`${name} at ${width} px, ${theme}`, async ({ page }) => {
          await page.setViewportSize({ width, height })
          await show(page, `http://127.0.0.1:${port}${url}`, theme)
          // The first screen: the header and the start of the content, where layout goes wrong.
          const shot = await page.screenshot({ animations: 'disabled', caret: 'hide' })
          fs.mkdirSync('.build/screenshots/fixtures', { recursive: true })
          fs.writeFileSync(`.build/screenshots/fixtures/${name}-${width}-${theme}.png`, shot)
          // Anti-aliasing and hinting move a few pixels at the edges of letters; a moved block
          // or a changed colour moves thousands.
          await expect(page).toHaveScreenshot(`${name}-${width}-${theme}.png`, {
            animations: 'disabled',
            caret: 'hide',
            threshold: 0.25,
            maxDiffPixelRatio: 0.01,
          })
        })
})
