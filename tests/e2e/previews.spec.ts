import type { APIRequestContext } from '@playwright/test'
import { BASE_PATH_PORT, FULL_PORT, TEST_BASE_PATH } from '../../playwright.config'
import { expect, test } from './fixtures'

const ORIGIN = 'https://gibsonic.org'
const PNG_SIGNATURE = '89504e470d0a1a0a'

/** Post and publication pages, as the sitemap lists them (site paths, no origin). */
async function previewPages(request: APIRequestContext, site: string): Promise<string[]> {
  const xml = await (await request.get(`${site}/sitemap.xml`)).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]!).pathname)
    .filter((p) => /^(?:\/site)?(?:\/blog\/|\/publications\/[^/]+\/$)/.test(p))
}

function metaContent(html: string, attr: 'property' | 'name', key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`))
  return tag?.[1]?.replaceAll('&amp;', '&')
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { signature: string; width: number; height: number } {
  return {
    signature: bytes.subarray(0, 8).toString('hex'),
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  }
}

for (const { name, origin, prefix } of [
  { name: 'the whole-site fixture', origin: `http://127.0.0.1:${FULL_PORT}`, prefix: '' },
  {
    name: 'a base-path build',
    origin: `http://127.0.0.1:${BASE_PATH_PORT}`,
    prefix: TEST_BASE_PATH,
  },
])
  test(`every post and publication page of ${name} has a 1200×630 PNG preview`, async ({
    request,
  }) => {
    const pages = await previewPages(request, origin + prefix)
    expect(pages.filter((p) => p.includes('/blog/')).length).toBeGreaterThan(2)
    expect(pages.filter((p) => p.includes('/publications/')).length).toBeGreaterThan(5)
    for (const path of pages) {
      const html = await (await request.get(`${origin}${path}`)).text()
      const image = metaContent(html, 'property', 'og:image')
      expect(image, `${path} og:image`).toBeDefined()
      expect(metaContent(html, 'name', 'twitter:image'), path).toBe(image)
      expect(metaContent(html, 'name', 'twitter:card'), path).toBe('summary_large_image')
      expect(metaContent(html, 'property', 'og:image:width'), path).toBe('1200')
      // Absolute, at the canonical origin, under the base path.
      expect(image!.startsWith(`${ORIGIN}${prefix}/og/`), `${path}: ${image}`).toBe(true)
      const res = await request.get(`${origin}${image!.slice(ORIGIN.length)}`)
      expect(res.status(), image).toBe(200)
      expect(res.headers()['content-type'], image).toBe('image/png')
      expect(pngSize(await res.body()), image).toEqual({
        signature: PNG_SIGNATURE,
        width: 1200,
        height: 630,
      })
    }
  })

test('pages that are not posts or publications keep the plain summary card', async ({
  request,
}) => {
  const html = await (await request.get(`http://127.0.0.1:${FULL_PORT}/oss/`)).text()
  expect(metaContent(html, 'name', 'twitter:card')).toBe('summary')
  expect(metaContent(html, 'property', 'og:image')).toBeUndefined()
})
