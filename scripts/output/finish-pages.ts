/**
 * The last changes to every exported page, in one pass per page: the Next.js runtime comes out of
 * pages that need no hydration (scripts/strip-runtime.ts), then the page gets its hash-based
 * Content-Security-Policy (scripts/output/csp.ts), which must see the scripts that are left. A
 * large export is split across worker threads, one per core.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ExtraSources } from '@/lib/security'
import { stripRuntime } from '../strip-runtime'
import { withPolicyAndLinks } from './csp'
import { htmlFiles, threadShares } from './html'
import type { PageLinks } from './links'

export interface FinishOptions {
  basePath: string
  /** The analytics provider's hosts, when the site has one (lib/analytics.ts). */
  extra?: ExtraSources
}

export interface FinishSummary {
  pages: number
  stripped: number
  /** Pages that kept the runtime for an interactive component, relative to the export. */
  hydrated: string[]
  /** The links and ids of every finished page, by the hash of its bytes (for checkOutput). */
  links: Map<string, PageLinks>
  milliseconds: number
}

/** What one thread returns (a Map does not cross to the main thread as one). */
type Part = Omit<FinishSummary, 'milliseconds' | 'links'> & { links: [string, PageLinks][] }

/** Finishes the given pages of `dir` in place (used by this thread and by each worker). */
export function finishPages(dir: string, pages: string[], options: FinishOptions): Part {
  const summary: Part = { pages: 0, stripped: 0, hydrated: [], links: [] }
  for (const page of pages) {
    const file = path.join(dir, page)
    let html = fs.readFileSync(file, 'utf8')
    // Files under _next/ are Next.js's own, not pages: they keep what they have.
    if (!page.startsWith('_next/')) {
      const stripped = stripRuntime(html, options.basePath, page)
      summary.pages++
      if (stripped.hydrated) summary.hydrated.push(page)
      if (stripped.removed) summary.stripped++
      html = stripped.html
    }
    const finished = withPolicyAndLinks(html, options.extra)
    fs.writeFileSync(file, finished.html)
    summary.links.push([createHash('sha256').update(finished.html).digest('hex'), finished.links])
  }
  return summary
}

/** Below this many pages, starting a worker (which loads the TypeScript sources) costs more than it saves. */
const PAGES_PER_WORKER = 200

// Workers run this file's `finishPages` through tsx's loader, as the build script itself does.
const WORKER = `
const { parentPort, workerData: w } = require('node:worker_threads')
import('tsx/esm/api')
  .then((tsx) => { tsx.register(); return import(w.module) })
  .then((m) => parentPort.postMessage({ ok: m.finishPages(w.dir, w.pages, w.options) }))
  .catch((error) => parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) }))
`

function inWorker(dir: string, pages: string[], options: FinishOptions) {
  return new Promise<Part>((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { module: import.meta.url, dir, pages, options },
    })
    worker.once('message', (m: { ok?: Part; error?: string }) =>
      m.ok ? resolve(m.ok) : reject(new Error(m.error)),
    )
    worker.once('error', reject)
  })
}

/** Finishes every page of an export. Running it twice changes nothing the second time. */
export async function finishExport(
  dir: string,
  options: FinishOptions,
  {
    pagesPerWorker = PAGES_PER_WORKER,
    done = new Set<string>(),
  }: {
    pagesPerWorker?: number
    /** Pages already finished (taken from the previous build), relative to `dir`. */
    done?: Set<string>
  } = {},
): Promise<FinishSummary> {
  const started = performance.now()
  const pages = htmlFiles(dir).filter((page) => !done.has(page))
  const shares = threadShares(pages, pagesPerWorker)
  const parts =
    shares.length === 1
      ? [finishPages(dir, pages, options)]
      : await Promise.all(shares.map((share) => inWorker(dir, share, options)))
  return {
    pages: parts.reduce((n, p) => n + p.pages, 0),
    stripped: parts.reduce((n, p) => n + p.stripped, 0),
    hydrated: parts.flatMap((p) => p.hydrated).sort(),
    links: new Map(parts.flatMap((p) => p.links)),
    milliseconds: performance.now() - started,
  }
}
