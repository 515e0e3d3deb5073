import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'

/**
 * What a browser loads: each page type is opened in Chromium at a 360 × 740 viewport
 * (device scale factor 1), and every response until the network is idle is counted by resource
 * type, raw and gzipped (zlib level 6, what static hosts use on the fly).
 */

export const PAGE_TYPES = ['about', 'posts', 'post', 'publications', 'oss'] as const
export type PageType = (typeof PAGE_TYPES)[number]
export const KINDS = ['html', 'css', 'js', 'font', 'image'] as const
export type Kind = (typeof KINDS)[number]
export type Weight = Record<Kind, { raw: number; gzip: number }>

// Playwright's own Chromium when it is installed, else Debian's (as playwright.config.ts does).
export function chromiumPath(): string | undefined {
  try {
    if (fs.existsSync(chromium.executablePath())) return undefined
  } catch {
    // no Playwright browser: fall through
  }
  return '/usr/bin/chromium'
}

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const KIND_OF: Record<string, Kind> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  font: 'font',
  image: 'image',
}

export function emptyWeight(): Weight {
  return Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0 }])) as Weight
}

/** Adds one response body to a page's weight. */
export function addResponse(weight: Weight, resourceType: string, body: Buffer): void {
  const kind = KIND_OF[resourceType]
  if (!kind) return
  weight[kind].raw += body.length
  weight[kind].gzip +=
    kind === 'image' || kind === 'font' ? body.length : gzipSync(body, { level: 6 }).length
}

/** Serves an export with the project's own server; resolves once it answers. */
export async function serve(dir: string, port: number): Promise<{ url: string; stop: () => void }> {
  const server: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--dir', dir],
    {
      stdio: 'ignore',
    },
  )
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => server.kill() }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  server.kill()
  throw new Error(`the server for ${dir} did not start on port ${port}`)
}

export async function pageWeights(
  base: string,
  paths: Record<PageType, string>,
): Promise<Record<PageType, Weight>> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS.slice(1),
  })
  const result = {} as Record<PageType, Weight>
  try {
    for (const type of PAGE_TYPES) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 1,
      })
      const page = await context.newPage()
      const weight = emptyWeight()
      const bodies: Promise<void>[] = []
      page.on('response', (response) => {
        const type = response.request().resourceType()
        bodies.push(
          response.body().then(
            (b) => addResponse(weight, type, b),
            () => undefined,
          ),
        )
      })
      await page.goto(base + paths[type], { waitUntil: 'networkidle' })
      await Promise.all(bodies)
      result[type] = weight
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return result
}
