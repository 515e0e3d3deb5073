/**
 * The last changes to every exported page, in one pass per page: the Next.js runtime comes out of
 * pages that need no hydration (scripts/strip-runtime.ts), then the page gets its hash-based
 * Content-Security-Policy (scripts/output/csp.ts), which must see the scripts that are left, and
 * a page with math preloads its fonts. A large export is split across worker threads, one per core.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { ExtraSources } from '@/lib/security'
import { findRuntime } from '../strip-runtime'
import { withPolicyAndLinks } from './csp'
import { attr, htmlFiles, pageHash, parseHtml, threadCount, type Element } from './html'
import type { PageLinks } from './links'
import { runInWorkers } from './worker-pool'

export interface FinishOptions {
  basePath: string
  /** The analytics provider's hosts, when the site has one (lib/analytics.ts). */
  extra?: ExtraSources
  /** The fonts that typeset math, preloaded by pages with math (`mathFonts`). */
  mathFonts?: string[]
}

/** The KaTeX fonts almost every formula uses: its roman (digits, operators) and italic (letters). */
const MATH_FONTS = ['KaTeX_Main-Regular', 'KaTeX_Math-Italic']

/**
 * The URLs of the fonts of `MATH_FONTS` (WOFF2), as the export's stylesheets name them (Next.js
 * gives each a hashed name). KaTeX's fonts are `font-display: block`: a formula stays blank until
 * its font arrives, which the browser only asks for once the stylesheet is in and the page laid
 * out; preloaded, they arrive with the stylesheet.
 */
export function mathFonts(dir: string, basePath: string): string[] {
  const css = path.join(dir, '_next', 'static')
  const hrefs = new Set<string>()
  for (const file of fs.existsSync(css)
    ? (fs.readdirSync(css, { recursive: true }) as string[])
    : [])
    if (file.endsWith('.css'))
      for (const [, url] of fs
        .readFileSync(path.join(css, file), 'utf8')
        .matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g))
        if (MATH_FONTS.some((font) => path.posix.basename(url!).startsWith(`${font}.`)))
          hrefs.add(
            new URL(
              url!,
              `http://site.invalid${basePath}/_next/static/${file.split(path.sep).join('/')}`,
            ).pathname,
          )
  return [...hrefs].sort()
}

/** Preloads of `fonts` for a page with math that does not preload them yet. */
function mathPreloads(kept: Element[], fonts: string[] = []): string {
  if (!fonts.length || !kept.some((el) => attr(el, 'class')?.split(/\s+/).includes('katex')))
    return ''
  const preloaded = new Set(
    kept
      .filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'preload')
      .map((el) => attr(el, 'href')),
  )
  return fonts
    .filter((href) => !preloaded.has(href))
    .map(
      (href) => `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin=""/>`,
    )
    .join('')
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
export async function finishPages(
  dir: string,
  pages: string[],
  options: FinishOptions,
  next: Int32Array<ArrayBufferLike> = new Int32Array(1),
): Promise<Part> {
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
    const finished = withPolicyAndLinks(html, options.extra, {
      doc,
      cut: runtime?.cut,
      headExtra: (kept) => mathPreloads(kept, options.mathFonts),
    })
    fs.writeFileSync(file, finished.html)
    summary.links.push([pageHash(finished.html), finished.links])
    // Between pages, the thread's other work runs: on the build's thread, the pool handing the
    // workers their tasks as they start.
    await new Promise(setImmediate)
  }
  return summary
}

/** `finishPages` on a worker thread (scripts/output/worker-pool.ts). */
export function finishShare(task: {
  dir: string
  pages: string[]
  options: FinishOptions
  next: Int32Array<ArrayBufferLike>
}): Promise<Part> {
  return finishPages(task.dir, task.pages, task.options, task.next)
}

/** Below this many pages, starting a worker (which loads the TypeScript sources) costs more than it saves. */
const PAGES_PER_WORKER = 200

/** A page this large (bytes) is finished on a worker thread of its own (`finishExport`). */
const LARGE_PAGE_BYTES = 4 * 1024 * 1024

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
  const all = htmlFiles(dir).filter((page) => !done.has(page))
  options = { mathFonts: mathFonts(dir, options.basePath), ...options }
  // A very large page goes to a worker of its own, whose memory goes with it: parsed on this
  // thread, a 20 MB page left about a gigabyte here while the output checks added theirs.
  const large = all.filter((page) => fs.statSync(path.join(dir, page)).size >= LARGE_PAGE_BYTES)
  const pages = large.length ? all.filter((page) => !large.includes(page)) : all
  const separate = runInWorkers<typeof finishShare>(
    import.meta.url,
    'finishShare',
    large.length
      ? [{ dir, pages: large, options, next: new Int32Array(new SharedArrayBuffer(4)) }]
      : [],
  )
  // This thread works too, while the workers start; all take pages from one counter.
  const next = new Int32Array(new SharedArrayBuffer(4))
  const workers = runInWorkers<typeof finishShare>(
    import.meta.url,
    'finishShare',
    Array.from({ length: threadCount(pages.length, pagesPerWorker) - 1 }, () => ({
      dir,
      pages,
      options,
      next,
    })),
  )
  workers.catch(() => {}) // a worker's error surfaces below, once this thread is done
  separate.catch(() => {})
  const own = await finishPages(dir, pages, options, next)
  const parts = [own, ...(await workers), ...(await separate)]
  return {
    pages: parts.reduce((n, p) => n + p.pages, 0),
    stripped: parts.reduce((n, p) => n + p.stripped, 0),
    hydrated: parts.flatMap((p) => p.hydrated).sort(),
    links: new Map(parts.flatMap((p) => p.links)),
    milliseconds: performance.now() - started,
  }
}
