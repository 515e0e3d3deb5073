import { JEKYLL_PORT } from '../../playwright.config'
import { expect, test } from './fixtures'

// tests/fixtures/jekyll-site's post layout loads /assets/js/pronouns.js, which fills the
// <span class="pronoun"> of one post; the import has that post load it (lib/import/layout-scripts.ts).
test.use({
  baseURL: `http://127.0.0.1:${JEKYLL_PORT}`,
  quietlyBlockedHosts: ['www.googletagmanager.com'],
})

test("a layout's script fills the post's elements under the site's policy, and only that post loads it", async ({
  page,
}) => {
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    )
  })
  await page.goto('/2022/01/loops-and-leftovers/')
  await expect(page.locator('article span.pronoun, main span.pronoun')).toHaveText('she')
  expect(violations).toEqual([])
  await page.goto('/blog/2020/03/18/measuring-things/')
  const scripts = await page
    .locator('script[src]')
    .evaluateAll((s) => s.map((e) => new URL((e as HTMLScriptElement).src).pathname))
  expect(scripts).not.toContain('/assets/js/pronouns.js')
})
