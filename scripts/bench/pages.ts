import { spawn, type ChildProcess } from 'node:child_process'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium'

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

/** Chromium as the bench launches it: headless, and never talking to the network by itself. */
export const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS]

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

/** A page's weight at load, and the image bytes once scrolled to the end. */
export type PageWeight = Weight & { scrolledImages: number }

export async function pageWeights(
  base: string,
  paths: Record<PageType, string>,
): Promise<Record<PageType, PageWeight>> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  })
  const result = {} as Record<PageType, PageWeight>
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
      const atLoad = weight.image.raw
      // Then scrolled to the end, so every lazy image a reader would see has loaded.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 500) {
          window.scrollTo(0, y)
          await new Promise((r) => setTimeout(r, 50))
        }
      })
      await page.waitForLoadState('networkidle')
      await Promise.all(bodies)
      result[type] = {
        ...weight,
        image: { raw: atLoad, gzip: atLoad },
        scrolledImages: weight.image.raw,
      }
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return result
}
