import { RENDER_PORT } from '../../playwright.config'
import { expect, expectImageLoaded, test } from './fixtures'

// A folder post whose 1200 px JPEG is published as AVIF and WebP variants (render-site fixture).
test.use({ baseURL: `http://127.0.0.1:${RENDER_PORT}` })
const POST = '/blog/2026/01/04/photo/'

test('a content image is a <picture> with AVIF and WebP sources whose every variant exists', async ({
  page,
  request,
}) => {
  await page.goto(POST)
  const picture = page.locator('.prose figure picture')
  const img = picture.locator('img')
  await expect(img).toHaveAttribute('width', '1200')
  await expect(img).toHaveAttribute('height', '800')
  // The post opens with it: the page's largest paint, fetched at once and first. The smaller copy
  // further down waits until it is near the screen.
  await expect(img).toHaveAttribute('loading', 'eager')
  await expect(img).toHaveAttribute('fetchpriority', 'high')
  await expect(page.locator('.prose picture').nth(1).locator('img')).toHaveAttribute(
    'loading',
    'lazy',
  )
  const sources = picture.locator('source')
  await expect(sources).toHaveCount(2)
  for (const [i, type] of ['image/avif', 'image/webp'].entries()) {
    const source = sources.nth(i)
    await expect(source).toHaveAttribute('type', type)
    await expect(source).toHaveAttribute('sizes', /100vw/)
    const srcset = (await source.getAttribute('srcset'))!
    const candidates = srcset.split(',').map((c) => c.trim().split(/\s+/))
    expect(candidates.map(([, w]) => w)).toEqual(['360w', '720w', '1080w', '1200w'])
    for (const [url] of candidates) {
      const response = await request.get(url!)
      expect(response.status(), url).toBe(200)
      expect(response.headers()['content-type']).toBe(type)
      // Each variant is smaller than the 356 KB original.
      expect((await response.body()).length, url).toBeLessThan(300_000)
    }
  }
  await expectImageLoaded(img)
})

test('at a 360 px viewport the page loads the 360 px AVIF, well under 300 KB of images', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
  })
  const page = await context.newPage()
  const responses: Promise<{ url: string; bytes: number }>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'image') return
    responses.push(response.body().then((b) => ({ url: response.url(), bytes: b.length })))
  })
  await page.goto(POST)
  for (const img of await page.locator('.prose img').all()) await expectImageLoaded(img)
  const current = await page
    .locator('.prose figure img')
    .evaluate((el: HTMLImageElement) => el.currentSrc)
  const images = await Promise.all(responses)
  expect(current).toMatch(/\/_img\/[0-9a-f]{16}-360\.avif$/)
  expect(images.some((i) => i.url.endsWith('/photo.jpg'))).toBe(false)
  const total = images.reduce((sum, i) => sum + i.bytes, 0)
  expect(total).toBeGreaterThan(0)
  expect(total).toBeLessThanOrEqual(300_000)
  await context.close()
})

test('an image with an author-given width is offered at the width it is shown', async ({
  page,
}) => {
  await page.goto(POST)
  const picture = page.locator('.prose picture').nth(1)
  await expect(picture.locator('img')).toHaveAttribute('width', '300')
  await expect(picture.locator('source').first()).toHaveAttribute(
    'sizes',
    '(max-width: 300px) 100vw, 300px',
  )
})
