import { FULL_PORT } from '../../playwright.config'
import { expect, test } from './fixtures'

// The whole-site fixture, not the live content/ (which a fork replaces).
test.use({ baseURL: `http://127.0.0.1:${FULL_PORT}` })

// `npm start` (scripts/serve.ts) compresses text as GitHub Pages and Vercel do, so that what is
// measured locally (Lighthouse, page weights) is what visitors get.
test('npm start gzips text for browsers that accept it, and nothing else', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href')
  const image = await page.locator('main img').first().getAttribute('src')
  expect(stylesheet).toBeTruthy()
  expect(image).toBeTruthy()
  const gzip = { 'Accept-Encoding': 'gzip' }
  for (const url of ['/', '/posts/', stylesheet!, '/copy.js', '/feed.xml', '/feed.json']) {
    const res = await request.get(url, { headers: gzip })
    expect(res.status(), url).toBe(200)
    expect(res.headers()['content-encoding'], url).toBe('gzip')
    expect(res.headers()['vary'], url).toMatch(/Accept-Encoding/i)
    expect((await res.body()).length, url).toBeGreaterThan(0)
  }
  // Images are compressed already; a client that asks for no encoding gets none.
  const picture = await request.get(image!, { headers: gzip })
  expect(picture.status()).toBe(200)
  expect(picture.headers()['content-encoding']).toBeUndefined()
  const plain = await request.get('/', { headers: { 'Accept-Encoding': 'identity' } })
  expect(plain.headers()['content-encoding']).toBeUndefined()
  expect(await plain.text()).toContain('<!DOCTYPE html>')
})
