import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'

/** The names a system's Chromium or Chrome goes by, looked up on PATH in this order. */
const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

/** What to do when no browser is found: one sentence, printed by `npm test` before it builds. */
export const MISSING_BROWSER =
  'No Chromium for the browser tests: install one with `npx playwright install chromium` ' +
  "(or your system's chromium package, e.g. `sudo apt-get install chromium`), then run `npm test` again."

/**
 * Whether Playwright's download starts at all: without its system libraries (installed by
 * `npx playwright install --with-deps`) it does not. A system package brings its libraries.
 */
function starts(executable: string): boolean {
  if (!fs.existsSync(executable)) return false
  const run = spawnSync(executable, ['--version'], { stdio: 'ignore', timeout: 15_000 })
  return run.status === 0
}

function onPath(name: string, searchPath: string): string | undefined {
  return searchPath
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name))
    .find((file) => fs.existsSync(file))
}

let found: { executable?: string } | undefined

/**
 * The Chromium the browser tests and the bench use: Playwright's own download when it is
 * installed and starts, else the system's (Debian's `chromium`, `chromium-browser`, Google
 * Chrome), found on PATH; undefined when there is none. Playwright's download moves with
 * PLAYWRIGHT_BROWSERS_PATH, so pointing that and PATH at an empty folder hides every browser.
 */
export function chromiumExecutable(): string | undefined {
  if (found) return found.executable
  let playwrights: string | undefined
  try {
    playwrights = chromium.executablePath()
  } catch {
    // no browser of Playwright's for this platform
  }
  found = {
    executable:
      playwrights && starts(playwrights)
        ? playwrights
        : SYSTEM_BROWSERS.map((name) => onPath(name, process.env.PATH ?? '')).find(Boolean),
  }
  return found.executable
}

/** Flags for a headless Chromium in a container, with no traffic of its own to the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
