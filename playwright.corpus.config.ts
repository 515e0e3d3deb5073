import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/chromium'

/**
 * `npm run test:corpus`: the real Jekyll sites of ../shared/corpus/jekyll, each imported, built,
 * crawled and compared with Jekyll's own output (tests/corpus/). Slow, so apart from `npm test`;
 * one site at a time, as each build takes the whole machine.
 */
export default defineConfig({
  testDir: 'tests/corpus',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  timeout: 30 * 60_000,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
})
