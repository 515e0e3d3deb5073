import { SECTIONS_PORT } from '../../playwright.config'
import { axeViolations, expect, pageWithoutJavaScript, test } from './fixtures'

// A made-up researcher's site with every optional section (tests/fixtures/sections-site).
const ORIGIN = `http://127.0.0.1:${SECTIONS_PORT}`
// The recording's frame is requested (and blocked: tests never reach the network) on talk pages.
test.use({ baseURL: ORIGIN, quietlyBlockedHosts: ['www.youtube-nocookie.com'] })

const TUTORIAL = '/talks/2025-tiling-made-up-loops/'
/** The fixture's CV on paper, as measured (Letter is the shorter sheet). */
const PRINTED_PAGES = { A4: 2, Letter: 3 }

test.describe('talks', () => {
  test('/talks/ lists the talks by year, newest first, each with its links', async ({ page }) => {
    await page.goto('/talks/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Talks and appearances')
    await expect(page.locator('main')).toContainText('Slides and recordings, where there are any.')
    expect(await page.locator('.year-group h2').allInnerTexts()).toEqual(['2025', '2024'])
    // Within a year: the one dated to the month before the one dated to the year only.
    expect(await page.locator('.talk .entry-title').allInnerTexts()).toEqual([
      'Tiling made-up loops',
      'Fusion without tears',
      'Compilers on the radio',
    ])
    const tutorial = page.locator('.talk').first()
    await expect(tutorial.locator('.meta')).toHaveText(
      'Tutorial · Workshop on Imaginary Compilers · Nowhere Town · 30 April 2025',
    )
    const links = tutorial.getByRole('list', { name: /Links for/ })
    await expect(links.getByRole('link', { name: /Slides/ })).toHaveAttribute(
      'href',
      'https://example.org/tiling-slides.pdf',
    )
    await expect(links.getByRole('link', { name: /Recording/ })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
    )
    await expect(links.getByRole('link', { name: 'Post' })).toHaveAttribute(
      'href',
      '/blog/2025/05/02/after-the-workshop/',
    )
    await expect(links.getByRole('link', { name: 'Paper' })).toHaveAttribute(
      'href',
      '/publications/example2025tiling/',
    )
    await expect(page.locator('.talk').nth(2).locator('.meta')).toHaveText('Podcast · 2024')
    await tutorial.getByRole('link', { name: 'Tiling made-up loops' }).click()
    await expect(page).toHaveURL(ORIGIN + TUTORIAL)
  })

  test('a talk embeds its YouTube recording in privacy-enhanced mode, within the CSP', async ({
    page,
  }) => {
    // The embed's own request is blocked like every external one (no network in tests); a frame
    // the CSP refused would be a console error, which fails the test.

    await page.goto(TUTORIAL)
    const frame = page.locator('iframe')
    await expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ')
    await expect(frame).toHaveAttribute('title', 'Recording: Tiling made-up loops')
    const box = await frame.boundingBox()
    expect(box!.width / box!.height).toBeCloseTo(16 / 9, 1)
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(csp).toMatch(/frame-src [^;]*https:\/\/www\.youtube-nocookie\.com/)
    await expect(page.getByRole('heading', { name: 'Abstract' })).toBeVisible()
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    )
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: 'Tiling made-up loops',
      startDate: '2025-04-30',
      location: { '@type': 'Place', name: 'Nowhere Town' },
      superEvent: { name: 'Workshop on Imaginary Compilers' },
      performer: { name: 'Ada Example' },
    })
  })

  test('a talk without a recording has no player', async ({ page }) => {
    await page.goto('/talks/2024-fusion-without-tears/')
    await expect(page.locator('iframe, video')).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Paper' })).toHaveAttribute(
      'href',
      '/publications/example2024fusion/',
    )
  })

  test("a publication's slides, video and poster show in the list and on its page", async ({
    page,
  }) => {
    for (const path of ['/publications/', '/publications/example2025tiling/']) {
      await page.goto(path)
      const links = page.getByRole('list', { name: 'Links for “Tiling Made Up Loops”' })
      for (const [name, href] of <[string, string][]>[
        ['Slides', 'https://example.org/tiling-slides.pdf'],
        ['Video', 'https://www.youtube.com/watch?v=aqz-KE-bpKQ'],
        ['Poster', 'https://example.org/tiling-poster.pdf'],
      ])
        await expect(links.getByRole('link', { name })).toHaveAttribute('href', href)
    }
  })

  test('the talks are in the navigation, the sitemap and the search index', async ({
    page,
    request,
  }) => {
    await page.goto('/')
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Talks' }),
    ).toHaveAttribute('href', '/talks/')
    const sitemap = await (await request.get('/sitemap.xml')).text()
    for (const path of ['/talks/', TUTORIAL, '/talks/2024-compilers-on-the-radio/'])
      expect(sitemap).toContain(`<loc>https://sections.example.org${path}</loc>`)
    await page.getByRole('link', { name: 'Search' }).click()
    const dialog = page.getByRole('dialog', { name: 'Search' })
    await dialog.getByRole('searchbox').fill('imaginary cache')
    const hit = dialog.getByRole('link').filter({ hasText: 'Tiling made-up loops' })
    await expect(hit.locator('.search-result-section')).toHaveText('Talks')
  })
})

test.describe('news', () => {
  test('the home page shows the three newest items under the author’s text', async ({ page }) => {
    await page.goto('/')
    const strip = page.locator('section', { has: page.getByRole('heading', { name: 'News' }) })
    // After the author's text.
    expect(
      await page.evaluate(() => {
        const prose = document.querySelector('main .prose')!
        const news = document.getElementById('news')!
        return !!(prose.compareDocumentPosition(news) & Node.DOCUMENT_POSITION_FOLLOWING)
      }),
    ).toBe(true)
    const items = strip.getByRole('list', { name: 'Latest news' }).locator('> li')
    await expect(items).toHaveCount(3)
    expect(await items.locator('time').allInnerTexts()).toEqual([
      '2 May 2025',
      '30 April 2025',
      'September 2024',
    ])
    // Markdown in the text.
    await expect(items.nth(1).locator('strong')).toHaveText('tiling')
    await expect(
      items.nth(0).getByRole('link', { name: 'what happened after the workshop' }),
    ).toHaveAttribute('href', '/blog/2025/05/02/after-the-workshop/')
    await expect(items.nth(1).getByRole('link', { name: /More/ })).toHaveAttribute(
      'href',
      '/talks/2025-tiling-made-up-loops/',
    )
    await strip.getByRole('link', { name: 'All news' }).click()
    await expect(page).toHaveURL(`${ORIGIN}/news/`)
    await expect(page.locator('.news-item')).toHaveCount(5)
    await expect(page.locator('.news-item').last()).toContainText(
      'The oldest item, only on /news/.',
    )
    await expect(page.locator('#news-2024-09 code')).toHaveText('fusion')
  })

  test('the news has its own Atom feed, announced on /news/', async ({ page, request }) => {
    await page.goto('/news/')
    await expect(
      page.locator('link[rel="alternate"][href="https://sections.example.org/news.xml"]'),
    ).toHaveAttribute('type', 'application/atom+xml')
    const response = await request.get('/news.xml')
    expect(response.ok()).toBe(true)
    const xml = await response.text()
    expect(xml.match(/<entry>/g)).toHaveLength(5)
    expect(xml).toContain('<id>https://sections.example.org/news/#news-2023-01-15</id>')
  })
})

test.describe('CV', () => {
  test('/cv/ shows every JSON Resume section, the publications from the .bib and the talks', async ({
    page,
  }) => {
    await page.goto('/cv/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ada Example')
    expect(await page.locator('.cv-section h2').allInnerTexts()).toEqual([
      'Work',
      'Education',
      'Volunteering',
      'Awards',
      'Certificates',
      'Publications',
      'Talks',
      'Projects',
      'Skills',
      'Languages',
      'Interests',
      'References',
    ])
    const work = page.locator('#cv-work + ul > li').first()
    await expect(work.locator('.cv-when')).toHaveText('September 2024 – present')
    await expect(work).toContainText('Broke the build twice.')
    const pubs = page.locator('#cv-publications + ul > li')
    await expect(pubs).toHaveCount(2)
    await expect(pubs.first().getByRole('link', { name: 'Tiling Made Up Loops' })).toHaveAttribute(
      'href',
      '/publications/example2025tiling/',
    )
    await expect(page.locator('#cv-talks + ul > li')).toHaveCount(3)
  })

  test('cv.json is the JSON Resume document, publications included', async ({ page, request }) => {
    await page.goto('/cv/')
    const link = page.getByRole('link', { name: /cv\.json/ })
    await expect(link).toHaveAttribute('download', '')
    const response = await request.get((await link.getAttribute('href'))!)
    expect(response.headers()['content-type']).toContain('application/json')
    const resume = await response.json()
    expect(resume.basics).toMatchObject({ name: 'Ada Example', email: 'ada@example.org' })
    expect(resume.work[0]).toMatchObject({ name: 'Pretend Labs', startDate: '2024-09' })
    expect(resume.publications.map((p: { name: string }) => p.name)).toEqual([
      'Tiling Made Up Loops',
      'Fusion Without Tears',
    ])
  })

  for (const format of ['A4', 'Letter'] as const) {
    test(`the CV prints on ${format} without navigation and without cutting an entry`, async ({
      page,
    }) => {
      await page.goto('/cv/')
      await page.emulateMedia({ media: 'print' })
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
      await expect(page.getByRole('contentinfo')).toBeHidden()
      await expect(page.getByRole('link', { name: /cv\.json/ })).toBeHidden()
      for (const entry of await page.locator('.cv-entry').all())
        expect(await entry.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid')
      const pdf = await page.pdf({ format, printBackground: true })
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length
      expect(pages).toBe(PRINTED_PAGES[format])
    })
  }
})

test.describe('projects and teaching', () => {
  test('/projects/ is a grid of cards in order, each leading to its page', async ({ page }) => {
    await page.goto('/projects/')
    const cards = page.locator('.project-card')
    expect(await cards.locator('h2').allInnerTexts()).toEqual(['Loop Lab', 'Fusion Kit'])
    await expect(cards.first()).toContainText('A playground for made-up loop transformations.')
    await cards.first().getByRole('link', { name: 'Loop Lab' }).click()
    await expect(page).toHaveURL(`${ORIGIN}/projects/loop-lab/`)
    await expect(page.locator('main .prose')).toContainText('exist only in this fixture')
    await expect(page.getByRole('link', { name: /Repository/ })).toHaveAttribute(
      'href',
      'https://example.org/loop-lab',
    )
    const related = page.locator('section', { has: page.getByRole('heading', { name: 'Related' }) })
    await expect(related.getByRole('link', { name: 'After the workshop' })).toHaveAttribute(
      'href',
      '/blog/2025/05/02/after-the-workshop/',
    )
    await expect(related.getByRole('link', { name: 'Tiling Made Up Loops' })).toHaveAttribute(
      'href',
      '/publications/example2025tiling/',
    )
  })

  test('/teaching/ lists the courses by term, newest first', async ({ page }) => {
    await page.goto('/teaching/')
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['Autumn 2024', 'Spring 2023'])
    await expect(page.locator('main h3').first()).toHaveText('Compilers for Pretend Machines')
    await expect(page.locator('main li').first()).toContainText(
      'Teaching assistant, University of Somewhere',
    )
  })
})

/** Every page type of the optional sections, for the checks every page must pass. */
const PAGES = [
  '/',
  '/talks/',
  TUTORIAL,
  '/news/',
  '/cv/',
  '/projects/',
  '/projects/loop-lab/',
  '/teaching/',
]

for (const path of PAGES) {
  test(`${path} reads without JavaScript`, async ({ browser }) => {
    const page = await pageWithoutJavaScript(browser, ORIGIN)
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // The content is in the HTML: every entry is there and visible without scripts.
    await expect(page.locator('main li, main .prose p').first()).toBeVisible()
    await page.context().close()
  })

  test(`${path} fits a 360 px screen`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(path)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })

  for (const scheme of ['light', 'dark'] as const) {
    test(`${path} passes axe in ${scheme} mode`, async ({ page }) => {
      // axe takes a while on a busy machine.
      test.slow()
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(path)
      expect(await axeViolations(page)).toEqual([])
    })
  }
}
