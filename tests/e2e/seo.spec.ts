import { FULL_PORT } from '../../playwright.config'
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from './fixtures'

// The whole-site fixture, not the live content/ (which a fork replaces).
test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

const ORIGIN = 'https://gibsonic.org'

/** Every exported page of the fixture site: folders with an index.html, less the 404 pages and redirect pages. */
const EXPORT = '.build/sites/full'

function exportedPages(): string[] {
  return fs
    .readdirSync(EXPORT, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) =>
      `/${path.relative(EXPORT, e.parentPath).split(path.sep).join('/')}/`.replace('//', '/'),
    )
    .filter((p) => !['/404/', '/_not-found/'].includes(p))
    .filter(
      (p) =>
        !fs
          .readFileSync(path.join(EXPORT, p, 'index.html'), 'utf-8')
          .includes('http-equiv="refresh"'),
    )
    .sort()
}

test('sitemap.xml lists every public page, with content dates, and no redirect or 404 page', async ({
  page,
  request,
}) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  await page.goto('/')
  const entries = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    return [...doc.getElementsByTagName('url')].map((u) => ({
      loc: u.getElementsByTagName('loc')[0]?.textContent ?? '',
      lastmod: u.getElementsByTagName('lastmod')[0]?.textContent ?? null,
    }))
  }, xml)
  const paths = entries.map((e) => e.loc.replace(ORIGIN, '')).sort()
  expect(paths).toEqual(exportedPages())
  expect(paths).not.toContain('/notes/build-checks/')
  expect(entries.find((e) => e.loc.endsWith('/how-this-site-is-built/'))?.lastmod).toBe(
    '2026-11-24T18:00:00.000Z',
  )
})

test('robots.txt allows everything and points at the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Allow: /')
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`)
})

test('a web manifest with the site name and icons that exist', async ({ page, request }) => {
  await page.goto('/')
  const href = await page.locator('link[rel=manifest]').getAttribute('href')
  const manifest = await (await request.get(href!)).json()
  expect(manifest.name).toBe('Perry Gibson 🍐')
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200)
  expect((await request.get('/favicon.ico')).status()).toBe(200)
})

test('the About page describes the author as a schema.org Person', async ({ page }) => {
  await page.goto('/')
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
  expect(ld).toMatchObject({
    '@type': 'Person',
    name: 'Perry Gibson',
    url: `${ORIGIN}/`,
    jobTitle: 'AI Compiler Engineer',
    worksFor: { name: 'Fractile', url: 'https://www.fractile.ai/' },
    alumniOf: [{ name: 'University of Glasgow' }, { name: 'University of Edinburgh' }],
  })
  expect(ld.sameAs).toEqual(
    expect.arrayContaining([
      'https://github.com/Wheest',
      'https://scholar.google.com/citations?user=Bf-bR_UAAAAJ&hl=en&oi=ao',
    ]),
  )
})
