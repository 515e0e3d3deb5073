import { FULL_PORT } from '../../playwright.config'
import { parse } from '@retorquere/bibtex-parser'
import { axeViolations, expect, pageWithoutJavaScript, test } from './fixtures'

// The whole-site fixture, not the live content/ (which a fork replaces).
test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

const PACT = '#gibson2022transfer'

test.describe('publications list', () => {
  test('every BibTeX entry, newest first by year, the author emphasised', async ({ page }) => {
    await page.goto('/publications/')
    await expect(page.locator('.publication')).toHaveCount(13)
    expect(await page.locator('.year-group h2').allInnerTexts()).toEqual([
      '2024',
      '2023',
      '2022',
      '2021',
      '2020',
    ])
    const pact = page.locator(PACT)
    await expect(
      pact.getByRole('link', {
        name: 'Transfer-Tuning: Reusing Auto-Schedules for Efficient Tensor Program Code Generation',
      }),
    ).toBeVisible()
    await expect(pact.locator('strong.self')).toHaveText('Perry Gibson')
    await expect(pact.locator('.venue-short')).toHaveText('PACT')
    await expect(
      pact.getByRole('link', { name: 'DOI (external link)', exact: true }),
    ).toHaveAttribute('href', 'https://doi.org/10.1145/3559009.3569682')
    await expect(
      pact.getByRole('link', { name: 'arXiv (external link)', exact: true }),
    ).toHaveAttribute('href', 'https://arxiv.org/abs/2201.05587')
    await expect(
      pact.getByRole('link', { name: 'Code (external link)', exact: true }),
    ).toHaveAttribute('href', 'https://github.com/gicLAB/transfer-tuning')
    // Artifact badges are text labels, not images.
    await expect(pact.getByRole('list', { name: 'Recognition' }).getByRole('listitem')).toHaveText([
      'Artifacts Available',
      'Artifacts Evaluated: Reusable',
      'Results Reproduced',
    ])
    // LaTeX accents became real (composed) characters.
    await expect(page.locator('#agostini2024axi4mlir')).toContainText('José L. Abellán')
  })

  test('the BibTeX disclosure opens without JavaScript and shows clean BibTeX', async ({
    browser,
    baseURL,
  }) => {
    const page = await pageWithoutJavaScript(browser, baseURL)
    await page.goto('/publications/')
    const entry = page.locator(PACT)
    const bib = entry.locator('details pre')
    await expect(bib).toBeHidden()
    await entry.getByText('BibTeX', { exact: true }).click()
    await expect(bib).toBeVisible()
    const text = await bib.innerText()
    expect(text).toMatch(
      /^@inproceedings\{gibson2022transfer,\n {2}author {8}= \{Gibson, Perry and Cano, Jos\{\\'e\}\},/,
    )
    expect(text).not.toMatch(/badges|selected|venue_short|keywords/)
    // Without JavaScript there is no copy button that would do nothing.
    await expect(entry.getByRole('button', { name: 'Copy BibTeX' })).toBeHidden()
    await page.context().close()
  })

  test('the copy button puts the BibTeX on the clipboard', async ({ page, context, request }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/publications/')
    const entry = page.locator(PACT)
    await entry.getByText('BibTeX', { exact: true }).click()
    await entry.getByRole('button', { name: 'Copy BibTeX' }).click()
    await expect(entry.getByRole('status')).toHaveText('Copied')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(await (await request.get('/publications/gibson2022transfer.bib')).text())
    expect(copied).toMatch(/^@inproceedings\{gibson2022transfer,/)
  })

  test('filters by type and keyword are plain links that work without JavaScript', async ({
    browser,
    baseURL,
  }) => {
    const page = await pageWithoutJavaScript(browser, baseURL)
    await page.goto('/publications/')
    const filters = page.getByRole('navigation', { name: 'Filter publications' })
    await filters.getByRole('link', { name: 'Journal articles (1)' }).click()
    await expect(page).toHaveURL(/\/publications\/type\/journal\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal articles')
    await expect(page.locator('.publication')).toHaveCount(1)
    await expect(page.locator('.publication')).toContainText('SECDA-TFLite')
    await expect(filters.getByRole('link', { name: 'Journal articles (1)' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await filters.getByRole('link', { name: 'TVM (3)' }).click()
    await expect(page).toHaveURL(/\/publications\/keyword\/tvm\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publications on TVM')
    await expect(page.locator('.publication')).toHaveCount(3)
    await filters.getByRole('link', { name: 'Workshop papers (3)' }).click()
    await expect(page.locator('.publication .venue-short')).toHaveText([
      'ICML-NCW',
      'AccML',
      'NeurIPS-MLSW',
    ])
    await filters.getByRole('link', { name: 'All (13)' }).click()
    await expect(page.locator('.publication')).toHaveCount(13)
    await page.context().close()
  })
})

test.describe('a publication page', () => {
  test('has full details and Google Scholar meta tags', async ({ page }) => {
    await page.goto('/publications/')
    await page
      .locator(PACT)
      .getByRole('link', { name: /^Transfer-Tuning/ })
      .click()
    await expect(page).toHaveURL(/\/publications\/gibson2022transfer\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Transfer-Tuning: Reusing Auto-Schedules for Efficient Tensor Program Code Generation',
    )
    await expect(page.locator('.meta').first()).toHaveText('Conference papers · October 2022')
    const meta = (name: string) => page.locator(`meta[name="${name}"]`)
    await expect(meta('citation_title')).toHaveAttribute(
      'content',
      'Transfer-Tuning: Reusing Auto-Schedules for Efficient Tensor Program Code Generation',
    )
    expect(
      await meta('citation_author').evaluateAll((els) => els.map((e) => e.getAttribute('content'))),
    ).toEqual(['Gibson, Perry', 'Cano, José'])
    await expect(meta('citation_publication_date')).toHaveAttribute('content', '2022/10')
    await expect(meta('citation_conference_title')).toHaveAttribute(
      'content',
      /Parallel Architectures and Compilation Techniques/,
    )
    await expect(meta('citation_doi')).toHaveAttribute('content', '10.1145/3559009.3569682')
    await expect(meta('citation_pdf_url')).toHaveAttribute(
      'content',
      'https://arxiv.org/pdf/2201.05587',
    )
    await expect(meta('citation_firstpage')).toHaveAttribute('content', '28')
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
    expect(ld).toMatchObject({
      '@type': 'ScholarlyArticle',
      headline:
        'Transfer-Tuning: Reusing Auto-Schedules for Efficient Tensor Program Code Generation',
      url: 'https://gibsonic.org/publications/gibson2022transfer/',
      author: [{ name: 'Perry Gibson' }, { name: 'José Cano' }],
      sameAs: 'https://doi.org/10.1145/3559009.3569682',
    })
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
      'href',
      'https://gibsonic.org/publications/gibson2022transfer/',
    )
  })

  test('a thesis is tagged with its institution', async ({ page }) => {
    await page.goto('/publications/gibson2024compiler/')
    await expect(page.locator('meta[name="citation_dissertation_institution"]')).toHaveAttribute(
      'content',
      'University of Glasgow',
    )
    expect(
      JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)[
        '@type'
      ],
    ).toBe('Thesis')
  })
})

test.describe('BibTeX downloads', () => {
  test('/publications.bib holds every entry and parses back cleanly', async ({ request }) => {
    const res = await request.get('/publications.bib')
    expect(res.status()).toBe(200)
    const lib = parse(await res.text(), { english: false, sentenceCase: false })
    expect(lib.errors).toEqual([])
    expect(lib.entries).toHaveLength(13)
    expect(lib.entries.map((e) => e.key)).toContain('gibson2022transfer')
    for (const e of lib.entries)
      expect(Object.keys(e.fields)).not.toEqual(expect.arrayContaining(['badges']))
  })

  test('each entry has its own .bib, linked from its page', async ({ page, request }) => {
    await page.goto('/publications/haris2023secdatflite/')
    const href = await page
      .getByRole('link', { name: 'Download haris2023secdatflite.bib' })
      .getAttribute('href')
    expect(href).toBe('/publications/haris2023secdatflite.bib')
    const lib = parse(await (await request.get(href!)).text(), {
      english: false,
      sentenceCase: false,
    })
    expect(lib.errors).toEqual([])
    expect(lib.entries.map((e) => [e.key, e.fields.title, e.fields.volume])).toEqual([
      [
        'haris2023secdatflite',
        'SECDA-TFLite: A toolkit for efficient development of FPGA-based DNN accelerators for edge inference',
        '173',
      ],
    ])
  })
})

test('the About page lists the selected publications', async ({ page }) => {
  await page.goto('/')
  const section = page.getByRole('region', { name: 'Selected publications' })
  await expect(section.getByRole('listitem')).toHaveCount(5)
  await section.getByRole('link', { name: /^AXI4MLIR/ }).click()
  await expect(page).toHaveURL(/\/publications\/agostini2024axi4mlir\/$/)
})

for (const path of [
  '/publications/type/workshop/',
  '/publications/keyword/fpga/',
  '/publications/gibson2022transfer/',
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path} passes axe in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(path)
      // Open every disclosure so that axe checks what is inside too.
      await page
        .locator('details')
        .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)))
      expect(await axeViolations(page)).toEqual([])
    })
  }
}
