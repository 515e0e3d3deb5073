import { ANALYTICS_PORT } from '../../playwright.config'
import { expect, test } from './fixtures'

const GOOGLE = 'www.googletagmanager.com'

test.describe('with GA4 configured in site.yaml', () => {
  // The provider's script is requested (and blocked: tests never reach the network).
  test.use({ baseURL: `http://127.0.0.1:${ANALYTICS_PORT}`, quietlyBlockedHosts: [GOOGLE] })

  test('the page loads the bootstrap and gtag.js after its content, allowed by the CSP', async ({
    page,
  }) => {
    const requested: string[] = []
    page.on('request', (r) => requested.push(r.url()))
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) violations.push(m.text())
    })
    await page.goto('/', { waitUntil: 'networkidle' })
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll('script[src]')].map((s) => ({
        src: s.getAttribute('src'),
        defer: (s as HTMLScriptElement).defer,
        id: (s as HTMLScriptElement).dataset.id ?? null,
        afterMain: !!(
          document.querySelector('main')!.compareDocumentPosition(s) &
          Node.DOCUMENT_POSITION_FOLLOWING
        ),
      })),
    )
    const analytics = scripts.filter((s) => /ga4\.js|googletagmanager/.test(s.src!))
    expect(analytics).toEqual([
      { src: '/ga4.js', defer: true, id: 'G-TEST12345', afterMain: true },
      {
        src: `https://${GOOGLE}/gtag/js?id=G-TEST12345`,
        defer: true,
        id: null,
        afterMain: true,
      },
    ])
    // The bootstrap ran (no inline script needed) and gtag.js was asked for, not refused by CSP.
    expect(
      await page.evaluate(() => (window as unknown as { dataLayer: unknown[] }).dataLayer.length),
    ).toBe(2)
    expect(requested).toContain(`https://${GOOGLE}/gtag/js?id=G-TEST12345`)
    expect(violations).toEqual([])
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' https://${GOOGLE}`)
    expect(csp).toContain('connect-src')
    expect(csp).toContain('https://*.google-analytics.com')
  })
})

test('the real site, with no analytics configured, loads none and allows no such host', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const html = await page.content()
  expect(html).not.toMatch(/googletagmanager|plausible|umami|goatcounter|gtag/)
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(csp).toContain("connect-src 'self';")
  expect(csp).not.toMatch(/googletagmanager|google-analytics|plausible|umami|goatcounter/)
  expect((await request.get('/ga4.js')).status()).toBe(404)
})
