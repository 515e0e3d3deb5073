import type { Page } from '@playwright/test'
import { BASE_PATH_PORT, FULL_PORT, TEST_BASE_PATH } from '../../playwright.config'
import { axeViolations, expect, pageWithoutJavaScript, test } from './fixtures'

// The whole-site fixture, not the live content/ (which a fork replaces).
test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

const TILING = {
  title: 'Tiling a matrix multiply, step by step',
  url: '/blog/2026/11/20/tiling-a-matrix-multiply/',
}

async function openSearch(page: Page) {
  await page.getByRole('link', { name: 'Search' }).click()
  const dialog = page.getByRole('dialog', { name: 'Search' })
  await expect(dialog).toBeVisible()
  return dialog
}

test.describe('search', () => {
  test('finds a post by a word from its body, with section and highlighted excerpt, and goes there', async ({
    page,
  }) => {
    await page.goto('/oss/')
    const dialog = await openSearch(page)
    const box = dialog.getByRole('searchbox', { name: 'Search this site' })
    await expect(box).toBeFocused()
    // "surprising" is in the tiling post's first paragraph only, not in its title or description.
    await box.fill('surprising')
    const results = dialog.getByRole('list', { name: 'Search results' }).getByRole('link')
    await expect(results.first()).toContainText(TILING.title)
    await expect(results.first().locator('.search-result-section')).toHaveText('Posts')
    await expect(results.first().locator('mark').first()).toHaveText(/surprising/i)
    await expect(dialog.getByRole('status')).toHaveText(/\d+ results? for “surprising”/)
    await results.first().click()
    await expect(page).toHaveURL(TILING.url)
    await expect(page.getByRole('heading', { level: 1, name: TILING.title })).toBeVisible()
  })

  test('finds a publication by a word from its page and goes there with the keyboard', async ({
    page,
  }) => {
    await page.goto('/posts/')
    // `/` opens the dialog when focus is not in a text field.
    await page.keyboard.press('/')
    const dialog = page.getByRole('dialog', { name: 'Search' })
    const box = dialog.getByRole('searchbox')
    await expect(box).toBeFocused()
    // The venue, printed on the publication's page, not in its title.
    await page.keyboard.type('maintenance')
    // Typing searches as it goes; the list is final once the status names the whole word.
    await expect(dialog.getByRole('status')).toContainText('“maintenance”')
    const first = dialog.getByRole('link').filter({ hasText: 'DeltaNN' })
    await expect(first).toBeVisible()
    await expect(first.locator('.search-result-section')).toHaveText('Publications')
    // What screen readers hear beside a link is not page text: excerpts never quote it.
    await expect(dialog.locator('.search-result-excerpt').first()).toBeVisible()
    for (const excerpt of await dialog.locator('.search-result-excerpt').all())
      await expect(excerpt).not.toContainText('(external link)')
    await page.keyboard.press('ArrowDown')
    await expect(first).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await expect(box).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL('/publications/louloudakis2023deltann/')
  })

  test('Ctrl-K opens the dialog, Escape closes it, and typing in a field does not', async ({
    page,
  }) => {
    await page.goto('/')
    await page.keyboard.press('Control+k')
    const dialog = page.getByRole('dialog', { name: 'Search' })
    await expect(dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await page.keyboard.press('Meta+k')
    await expect(dialog).toBeVisible()
    await dialog.getByRole('searchbox').fill('a/b')
    await expect(dialog.getByRole('searchbox')).toHaveValue('a/b')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
  })

  test('tells when nothing matches', async ({ page }) => {
    await page.goto('/')
    const dialog = await openSearch(page)
    await dialog.getByRole('searchbox').fill('xylophonequartz')
    await expect(dialog.getByRole('status')).toHaveText('No results for “xylophonequartz”.')
    await expect(
      dialog.getByRole('list', { name: 'Search results' }).getByRole('link'),
    ).toHaveCount(0)
  })

  for (const scheme of ['light', 'dark'] as const)
    test(`the open dialog with results passes axe in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto('/')
      const dialog = await openSearch(page)
      await dialog.getByRole('searchbox').fill('tiling')
      await expect(dialog.locator('mark').first()).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })

  test('the /search/ page runs the query in ?q= and keeps the address in step', async ({
    page,
  }) => {
    await page.goto('/search/?q=surprising')
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search this site' })
    await expect(box).toHaveValue('surprising')
    await expect(
      page.getByRole('main').getByRole('link', { name: new RegExp(TILING.title) }),
    ).toBeVisible()
    await box.fill('maintenance')
    await expect(
      page.getByRole('main').getByRole('link').filter({ hasText: 'DeltaNN' }),
    ).toBeVisible()
    await expect(page).toHaveURL('/search/?q=maintenance')
    expect(await axeViolations(page)).toEqual([])
  })

  test('without JavaScript the header links to /search/, which explains why search needs it', async ({
    browser,
    baseURL,
  }) => {
    const page = await pageWithoutJavaScript(browser, baseURL)
    await page.goto('/posts/')
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click()
    await expect(page).toHaveURL('/search/')
    // The explanation is in a <noscript> (Playwright's text matching skips those, its children not).
    await expect(page.getByRole('main').locator('p')).toContainText('needs JavaScript')
    await expect(page.getByRole('searchbox')).toHaveCount(0)
    await page.getByRole('main').getByRole('link', { name: 'Publications' }).click()
    await expect(page).toHaveURL('/publications/')
    await page.context().close()
  })

  test('works under a base path: the index and the result links carry the prefix', async ({
    page,
  }) => {
    const origin = `http://127.0.0.1:${BASE_PATH_PORT}`
    await page.goto(`${origin}${TEST_BASE_PATH}/`)
    const dialog = await openSearch(page)
    await dialog.getByRole('searchbox').fill('surprising')
    const result = dialog.getByRole('link').filter({ hasText: TILING.title })
    await expect(result).toHaveAttribute('href', `${TEST_BASE_PATH}${TILING.url}`)
    await result.click()
    await expect(page).toHaveURL(`${origin}${TEST_BASE_PATH}${TILING.url}`)
  })
})
