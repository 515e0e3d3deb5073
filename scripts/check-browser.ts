/**
 * `npm test`'s first step: finds the Chromium the browser tests will use (scripts/chromium.ts), or
 * stops at once with one sentence saying what to install, before anything is built.
 */
import { MISSING_BROWSER, chromiumExecutable } from './chromium'

const executable = chromiumExecutable()
if (!executable) {
  console.error(MISSING_BROWSER)
  process.exit(1)
}
console.log(`Browser tests run in ${executable}`)
