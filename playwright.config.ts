import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/chromium'

const executablePath = chromiumExecutable()

// E2E_PORT moves all the servers, so two checkouts can run their tests side by side.
const FIRST_PORT = Number(process.env.E2E_PORT ?? 4173)
export const SITE_PORT = FIRST_PORT
export const SEED_PORT = FIRST_PORT + 1
export const BASE_PATH_PORT = FIRST_PORT + 2
export const RENDER_PORT = FIRST_PORT + 3
export const ANALYTICS_PORT = FIRST_PORT + 4
/** +4 is the robustness work's; the imported Jekyll fixture site is served at +5. */
export const JEKYLL_PORT = FIRST_PORT + 5
export const XSS_PORT = FIRST_PORT + 6
/** Citations, a notebook and compiler IR in posts (tests/e2e/research.spec.ts). */
export const RESEARCH_PORT = FIRST_PORT + 11
/** The researcher's site with talks, news, a CV, projects and teaching (issue 21). */
export const SECTIONS_PORT = FIRST_PORT + 12
/** The site every behaviour test runs on (tests/fixtures/full-site), not the live content/. */
export const FULL_PORT = FIRST_PORT + 7
/** The smallest valid site, and a site with posts only (tests/e2e/any-site.spec.ts). */
export const MINIMAL_PORT = FIRST_PORT + 8
export const POSTS_ONLY_PORT = FIRST_PORT + 9
/** A fork's site just after `npm run init`. */
export const INIT_PORT = FIRST_PORT + 10
/** Sites in al-folio's and academicpages' shapes after `npm run import:jekyll` (issue 21). */
export const AL_FOLIO_PORT = FIRST_PORT + 13
export const ACADEMICPAGES_PORT = FIRST_PORT + 14
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
      args: CHROMIUM_ARGS,
    },
  },
  // The fixture sites are built beforehand by scripts/build-fixtures.ts (npm run test:e2e).
  webServer: [
    { port: SITE_PORT, dir: 'out', path: '/' },
    { port: SEED_PORT, dir: '.build/sites/seed', path: '/' },
    { port: BASE_PATH_PORT, dir: '.build/sites/base-path', path: `${TEST_BASE_PATH}/` },
    { port: RENDER_PORT, dir: '.build/sites/render', path: '/' },
    { port: ANALYTICS_PORT, dir: '.build/sites/analytics', path: '/' },
    { port: JEKYLL_PORT, dir: '.build/sites/jekyll-import', path: '/' },
    { port: XSS_PORT, dir: '.build/sites/xss', path: '/' },
    { port: RESEARCH_PORT, dir: '.build/sites/research', path: '/' },
    { port: SECTIONS_PORT, dir: '.build/sites/sections', path: '/' },
    { port: FULL_PORT, dir: '.build/sites/full', path: '/' },
    { port: MINIMAL_PORT, dir: '.build/sites/minimal', path: '/' },
    { port: POSTS_ONLY_PORT, dir: '.build/sites/posts-only', path: '/' },
    { port: INIT_PORT, dir: '.build/sites/init', path: '/' },
    { port: AL_FOLIO_PORT, dir: '.build/sites/al-folio', path: '/' },
    { port: ACADEMICPAGES_PORT, dir: '.build/sites/academicpages', path: '/' },
  ].map(({ port, dir, path }) => ({
    // serve.ts reads the base path a site was built with from the export itself.
    command: `tsx scripts/serve.ts --port ${port} --dir ${dir}`,
    url: `http://127.0.0.1:${port}${path}`,
    reuseExistingServer: false,
  })),
})
