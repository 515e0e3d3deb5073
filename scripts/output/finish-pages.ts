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
import { findRuntime } from '../strip-runtime'
import { withPolicyAndLinks } from './csp'
import { htmlFiles, parseHtml, threadCount } from './html'
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

/**
 * Finishes pages of `dir` in place, in one parse each (used by this thread and by each worker).
 * With `next` (shared by the threads), each thread takes the next page not yet taken, so the
 * threads end together however long each page takes and however late a worker starts.
 */
export function finishPages(
  dir: string,
  pages: string[],
  options: FinishOptions,
  next: Int32Array<ArrayBufferLike> = new Int32Array(1),
): Part {
  const summary: Part = { pages: 0, stripped: 0, hydrated: [], links: [] }
  for (let i = Atomics.add(next, 0, 1); i < pages.length; i = Atomics.add(next, 0, 1)) {
    const page = pages[i]!
    const file = path.join(dir, page)
    const html = fs.readFileSync(file, 'utf8')
    const doc = parseHtml(html)
    // Files under _next/ are Next.js's own, not pages: they keep what they have.
    const runtime = page.startsWith('_next/') ? undefined : findRuntime(doc, options.basePath, page)
    if (runtime) {
      summary.pages++
      if (runtime.hydrated) summary.hydrated.push(page)
      if (runtime.cut.length) summary.stripped++
    }
    const finished = withPolicyAndLinks(html, options.extra, { doc, cut: runtime?.cut })
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
  .then((m) => parentPort.postMessage({ ok: m.finishPages(w.dir, w.pages, w.options, w.next) }))
  .catch((error) => parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) }))
`

function inWorker(
  dir: string,
  pages: string[],
  options: FinishOptions,
  next: Int32Array<ArrayBufferLike>,
) {
  return new Promise<Part>((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { module: import.meta.url, dir, pages, options, next },
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
  // This thread works too, while the workers start; all take pages from one counter.
  const next = new Int32Array(new SharedArrayBuffer(4))
  const workers = Array.from({ length: threadCount(pages.length, pagesPerWorker) - 1 }, () =>
    inWorker(dir, pages, options, next),
  )
  const own = finishPages(dir, pages, options, next)
  const parts = [own, ...(await Promise.all(workers))]
  return {
    pages: parts.reduce((n, p) => n + p.pages, 0),
    stripped: parts.reduce((n, p) => n + p.stripped, 0),
    hydrated: parts.flatMap((p) => p.hydrated).sort(),
    links: new Map(parts.flatMap((p) => p.links)),
    milliseconds: performance.now() - started,
  }
}
