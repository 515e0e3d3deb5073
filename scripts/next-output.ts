/**
 * What `next build` prints, less two things that read as problems when all is well:
 *
 * - its list of experiments, which shows the one option next.config.ts sets as `⨯
 *   turbopackFileSystemCacheForBuild` (Next.js 16.4 turns that cache on by default, and lists any
 *   experiment set to other than its default; switching it off is deliberate, see next.config.ts);
 * - the `404` placeholder a dynamic route exports when it has nothing to export
 *   (`/posts/page/404` on a site with one page of posts, lib/routes.ts), with the route's line
 *   above it: the post-build step removes the placeholder, so it never reaches out/;
 * - `⚠ No build cache found`, which it prints when CI is set and `.next/cache` is empty (a clean
 *   clone): advice to keep `.next/cache` between CI runs, which is a speed-up, not a problem, and
 *   which a fresh clone always meets.
 *
 * Everything else passes through as it comes, line by line.
 */
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { stripVTControlCharacters } from 'node:util'

const EXPERIMENTS = /^- Experiments \(use with caution\):$/
const EXPERIMENT = /^\s+[✓⨯·?] \S/
const NO_CACHE = /^⚠ No build cache found\b/
/** A route of the table: tree drawing, then a mark (○ ● ƒ) or nothing, then the path. */
const ROUTE = /^[┌├└│ ]+(?:[○●ƒ◐λ] +)?(\/\S*)/
const DYNAMIC = /\[[^\]]+\]$/
const ONLY_CHILD = /^[│ ]*└/

export class NextOutputFilter {
  private inExperiments = false
  private held: string | undefined

  /** The lines to print for one line of Next.js's output (none, the line, or a held one too). */
  line(line: string): string[] {
    const plain = stripVTControlCharacters(line)
    if (NO_CACHE.test(plain.trim())) return []
    if (EXPERIMENTS.test(plain.trim())) {
      this.inExperiments = true
      return []
    }
    if (this.inExperiments && EXPERIMENT.test(plain)) return []
    this.inExperiments = false

    const held = this.held
    this.held = undefined
    const route = ROUTE.exec(plain)?.[1]
    if (held !== undefined) {
      // The held route's only path is its placeholder: neither is printed.
      if (route && ONLY_CHILD.test(plain) && route.split('/').at(-1) === '404') return []
      return [held, ...this.line(line)]
    }
    if (route && DYNAMIC.test(route)) {
      this.held = line
      return []
    }
    return [line]
  }

  /** A line held back at the end of the output. */
  end(): string[] {
    const held = this.held
    this.held = undefined
    return held === undefined ? [] : [held]
  }
}

/** Copies `from` to `to` through a `NextOutputFilter`; resolves when `from` ends. */
export function filterNextOutput(from: Readable, to: Writable): Promise<void> {
  const filter = new NextOutputFilter()
  const lines = createInterface({ input: from, crlfDelay: Infinity })
  lines.on('line', (line) => filter.line(line).forEach((l) => to.write(`${l}\n`)))
  return new Promise((resolve) =>
    lines.once('close', () => {
      filter.end().forEach((l) => to.write(`${l}\n`))
      resolve()
    }),
  )
}
