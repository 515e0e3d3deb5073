import fs from 'node:fs'
import { chromium, defineConfig, devices } from '@playwright/test'

// Playwright's own Chromium cannot be downloaded on every machine; Debian's works the same.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  fs.existsSync(p),
)
function playwrightHasBrowser(): boolean {
  try {
    return fs.existsSync(chromium.executablePath())
  } catch {
    return false
  }
}
const executablePath = playwrightHasBrowser() ? undefined : systemChromium

export const SITE_PORT = 4173
export const SEED_PORT = 4174
export const RENDER_PORT = 4176

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      // The real site, as `npm run build` exported it.
      command: `tsx scripts/serve.ts --port ${SITE_PORT} --dir out`,
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: false,
    },
    {
      // The original Jekyll About page, byte for byte, built as its own site.
      command: `tsx scripts/build.ts --out .build/sites/seed && tsx scripts/serve.ts --port ${SEED_PORT} --dir .build/sites/seed`,
      env: { CONTENT_DIR: 'tests/fixtures/seed-site' },
      url: `http://127.0.0.1:${SEED_PORT}/`,
      timeout: 180_000,
      reuseExistingServer: false,
    },
    {
      // Posts that use every rendering feature: code, math, tables, footnotes, figures.
      command: `tsx scripts/build.ts --out .build/sites/render && tsx scripts/serve.ts --port ${RENDER_PORT} --dir .build/sites/render`,
      env: { CONTENT_DIR: 'tests/fixtures/render-site' },
      url: `http://127.0.0.1:${RENDER_PORT}/`,
      timeout: 180_000,
      reuseExistingServer: false,
    },
  ],
})
