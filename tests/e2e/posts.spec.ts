import { FULL_PORT } from '../../playwright.config'
import { axeViolations, expect, expectImageLoaded, test } from './fixtures'

// The whole-site fixture, not the live content/ (which a fork replaces).
test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

const MDX_POST = '/blog/2026/10/14/questions-before-porting-a-model/'
const FOLDER_POST = '/blog/2026/11/02/what-the-build-checks/'
const SITE_POST = '/blog/2026/11/24/how-this-site-is-built/'

test.describe('the post list', () => {
  test('shows every post newest first with date, reading time, tags and excerpt', async ({
    page,
  }) => {
    await page.goto('/posts/')
    const titles = await page.locator('.post-entry .entry-title').allInnerTexts()
    expect(titles.slice(0, 4)).toEqual([
      'How this site is built',
      'Tiling a matrix multiply, step by step',
      'What the build checks before anything is published',
      'Five questions before porting a model to a new accelerator',
    ])
    const entry = page.locator('.post-entry').filter({ hasText: 'What the build checks' })
    await expect(entry.locator('time')).toHaveAttribute('datetime', '2026-11-02')
    await expect(entry.locator('.meta')).toHaveText('2 November 2026 · 1 min read')
    await expect(entry.getByRole('list', { name: 'Tags' }).getByRole('link')).toHaveText([
      '#meta',
      '#web',
      '#testing',
    ])
    await expect(entry.locator('.summary')).toContainText(
      'A static site has no server to fail at runtime',
    )
  })
})

test.describe('a post', () => {
  test('has a table of contents whose links reach their headings, and heading anchors', async ({
    page,
  }) => {
    await page.goto(MDX_POST)
    const toc = page.getByRole('navigation', { name: 'Contents' })
    await expect(toc.getByRole('link')).toHaveCount(5)
    await toc.getByRole('link', { name: '2. Which operators fall back to the host?' }).click()
    await expect(page).toHaveURL(/#2-which-operators-fall-back-to-the-host$/)
    const heading = page.getByRole('heading', {
      level: 2,
      name: '2. Which operators fall back to the host?',
    })
    await expect(heading).toBeInViewport()
    await expect(
      page.getByRole('link', {
        name: 'Link to the section “2. Which operators fall back to the host?”',
      }),
    ).toHaveAttribute('href', '#2-which-operators-fall-back-to-the-host')
  })

  test('renders MDX components', async ({ page }) => {
    await page.goto(MDX_POST)
    const callout = page.getByRole('complementary', { name: 'Measure the fallbacks first' })
    await expect(callout).toContainText('Profile one inference')
    expect(await callout.evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe('solid')
  })

  test('links to older, newer and related posts', async ({ page }) => {
    await page.goto(FOLDER_POST)
    const nav = page.getByRole('navigation', { name: 'Older and newer posts' })
    await expect(nav.locator('a[rel=prev]')).toContainText('Five questions before porting')
    await expect(nav.locator('a[rel=next]')).toContainText('Tiling a matrix multiply')
    await page
      .getByRole('region', { name: 'Related posts' })
      .getByRole('link', { name: 'How this site is built' })
      .click()
    await expect(page).toHaveURL(new RegExp(`${SITE_POST}$`))
  })

  test('a folder post shows the image kept beside it, with no layout shift', async ({ page }) => {
    await page.goto(FOLDER_POST)
    const img = page.getByRole('img', { name: /^The content flows from the content folder/ })
    await expect(img).toHaveAttribute('src', `${FOLDER_POST}pipeline.svg`)
    // Its box is reserved before the image arrives, so nothing below it moves.
    await expect(img).toHaveAttribute('width', /^\d+$/)
    await expect(img).toHaveAttribute('height', /^\d+$/)
    await expectImageLoaded(img)
  })

  test('carries its metadata: canonical, Open Graph article, Twitter card, BlogPosting', async ({
    page,
  }) => {
    await page.goto(SITE_POST)
    await expect(page).toHaveTitle('How this site is built · Perry Gibson')
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
      'href',
      `https://gibsonic.org${SITE_POST}`,
    )
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute(
      'content',
      '2026-11-24T18:00:00.000Z',
    )
    expect(
      await page
        .locator('meta[property="article:tag"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('content'))),
    ).toEqual(['meta', 'nextjs', 'web'])
    // Posts have a generated preview image (tests/e2e/previews.spec.ts), hence the large card.
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    )
    await expect(page.locator('meta[name=description]')).toHaveAttribute(
      'content',
      /moved from Jekyll/,
    )
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
    expect(ld).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'How this site is built',
      datePublished: '2026-11-24T18:00:00.000Z',
      url: `https://gibsonic.org${SITE_POST}`,
      author: { name: 'Perry Gibson' },
    })
    for (const type of ['application/atom+xml', 'application/rss+xml', 'application/feed+json']) {
      await expect(page.locator(`link[rel=alternate][type="${type}"]`)).toHaveCount(1)
    }
  })
})

test.describe('tags', () => {
  test('/tags/ lists every tag with its count, and each tag page lists its posts', async ({
    page,
  }) => {
    await page.goto('/tags/')
    await page.getByRole('link', { name: '#meta (2)' }).click()
    await expect(page).toHaveURL(/\/tags\/meta\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts tagged #meta')
    await expect(page.locator('.post-entry .entry-title')).toHaveText([
      'How this site is built',
      'What the build checks before anything is published',
    ])
  })
})

test.describe('feeds', () => {
  for (const [path, root, items] of [
    ['/feed.xml', 'feed', 'entry'],
    ['/rss.xml', 'rss', 'item'],
  ] as const) {
    test(`${path} is well-formed XML with every post, full content and absolute URLs`, async ({
      page,
      request,
    }) => {
      const res = await request.get(path)
      expect(res.status()).toBe(200)
      const xml = await res.text()
      await page.goto('/')
      const parsed = await page.evaluate(
        ([text, , itemName]) => {
          const doc = new DOMParser().parseFromString(text, 'application/xml')
          const error = doc.querySelector('parsererror')?.textContent ?? null
          const entries = [...doc.getElementsByTagName(itemName)]
          const body = (e: Element) =>
            (e.getElementsByTagName('content')[0] ?? e.getElementsByTagName('content:encoded')[0])
              ?.textContent ?? ''
          return {
            error,
            root: doc.documentElement.nodeName,
            titles: entries.map((e) => e.getElementsByTagName('title')[0]?.textContent),
            folderPostBody: body(
              entries.find((e) =>
                e
                  .getElementsByTagName('title')[0]
                  ?.textContent?.startsWith('What the build checks'),
              )!,
            ),
          }
        },
        [xml, root, items] as const,
      )
      expect(parsed.error).toBeNull()
      expect(parsed.root).toBe(root)
      expect(parsed.titles.slice(0, 4)).toEqual([
        'How this site is built',
        'Tiling a matrix multiply, step by step',
        'What the build checks before anything is published',
        'Five questions before porting a model to a new accelerator',
      ])
      expect(parsed.folderPostBody).toContain(
        `src="https://gibsonic.org${FOLDER_POST}pipeline.svg"`,
      )
      expect(parsed.folderPostBody).toContain('Content first')
      expect(parsed.folderPostBody).not.toMatch(/href="\//)
    })
  }

  test('/feed.json is a JSON Feed with full content', async ({ request }) => {
    const feed = await (await request.get('/feed.json')).json()
    expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/)
    expect(feed.feed_url).toBe('https://gibsonic.org/feed.json')
    const mdx = feed.items.find((i: { title: string }) => i.title.startsWith('Five questions'))
    expect(mdx.url).toBe(`https://gibsonic.org${MDX_POST}`)
    expect(mdx.content_html).toContain('Profile one inference with the vendor')
  })
})

test.describe('old URLs', () => {
  test("Jekyll's .html address and a redirect_from alias reach the post", async ({ page }) => {
    await page.goto('/2026/11/24/how-this-site-is-built.html')
    await expect(page).toHaveURL(new RegExp(`${SITE_POST}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How this site is built')
    await page.goto('/notes/build-checks/')
    await expect(page).toHaveURL(new RegExp(`${FOLDER_POST}$`))
  })

  test('a redirect page names and links the new address for browsers that do not refresh', async ({
    request,
  }) => {
    const html = await (await request.get('/notes/build-checks/')).text()
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${FOLDER_POST}">`)
    expect(html).toContain(`<link rel="canonical" href="https://gibsonic.org${FOLDER_POST}">`)
    expect(html).toContain(`<meta name="robots" content="noindex">`)
    expect(html).toContain(
      `<a href="${FOLDER_POST}">What the build checks before anything is published</a>`,
    )
  })

  test('redirect pages are not listed anywhere', async ({ request }) => {
    const feed = await (await request.get('/feed.xml')).text()
    expect(feed).not.toContain('/notes/build-checks')
    expect(feed).not.toContain('how-this-site-is-built.html')
    const posts = await (await request.get('/posts/')).text()
    expect(posts).not.toContain('/notes/')
  })
})

for (const path of ['/posts/', MDX_POST, FOLDER_POST, '/tags/', '/tags/meta/']) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path} passes axe in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(path)
      expect(await axeViolations(page)).toEqual([])
    })
  }
}
