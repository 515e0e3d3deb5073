import fs from 'node:fs'
import { chromium } from '@playwright/test'

/**
 * The Chromium the browser tests and the bench use: Playwright's own when it is installed, else
 * Debian's (Playwright's download is not possible on every machine; Debian's works the same).
 */
export function chromiumExecutable(): string | undefined {
  try {
    if (fs.existsSync(chromium.executablePath())) return undefined
  } catch {
    // no Playwright browser: fall through to the system's
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p))
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
