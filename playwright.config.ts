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

// E2E_PORT moves all three servers, so two checkouts can run their tests side by side.
const FIRST_PORT = Number(process.env.E2E_PORT ?? 4173)
export const SITE_PORT = FIRST_PORT
export const SEED_PORT = FIRST_PORT + 1
export const BASE_PATH_PORT = FIRST_PORT + 2
/** The project-site path the base-path build is served under, as on username.github.io/site/. */
export const TEST_BASE_PATH = '/site'

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
      // The real content built for a GitHub project site; serve.ts reads the base path it was
      // built with from the export.
      command: `tsx scripts/build.ts --out .build/sites/base-path && tsx scripts/serve.ts --port ${BASE_PATH_PORT} --dir .build/sites/base-path`,
      env: { BASE_PATH: TEST_BASE_PATH },
      url: `http://127.0.0.1:${BASE_PATH_PORT}${TEST_BASE_PATH}/`,
      timeout: 180_000,
      reuseExistingServer: false,
    },
  ],
})
