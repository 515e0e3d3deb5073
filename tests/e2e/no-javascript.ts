import type { Page } from '@playwright/test'

/** What is wrong with the page as it stands without JavaScript (nothing, ideally). */
export async function problemsWithoutJavaScript(page: Page): Promise<string[]> {
  const problems: string[] = []
  // The page's title; a body may have h1s of its own (an imported post's `#` sections, which
  // heading-order.ts leaves at their level).
  const h1 = page.locator('main h1').first()
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
