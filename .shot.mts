import { chromium } from '@playwright/test'
const pages = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
for (const width of [360, 1280]) for (const theme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width, height: width === 360 ? 740 : 800 }, colorScheme: theme })
  for (const p of pages) {
    await page.goto(`http://127.0.0.1:4390${p}`)
    const name = p.replace(/\W+/g, '_') || 'home'
    await page.screenshot({ path: `/tmp/i19-shots/${name}-${width}-${theme}.png`, fullPage: process.env.FULL === '1' })
  }
  await page.close()
}
await browser.close()
