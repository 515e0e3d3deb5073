import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { ConfigData } from 'html-validate'
import { cacheRoot, saveCacheFile } from '@/lib/content/document-cache'
import { pageHashes, threadShares } from './html'
import { runInWorkers } from './worker-pool'

const CONFIG = path.resolve(import.meta.dirname, '../../.htmlvalidate.json')

/** Below this many pages, a second worker (each loads html-validate) costs more than it saves. */
const PAGES_PER_WORKER = 150

/**
 * Validates each share of pages of `dir` on a worker thread of its own (one for a small site);
 * every error as `page:line:col: message (rule)`.
 */
async function inWorkers(dir: string, shares: string[][], config: ConfigData): Promise<string[]> {
  const results = await runInWorkers<
    (task: { dir: string; pages: string[]; config: ConfigData }) => Promise<string[]>
  >(
    new URL('./validate-worker.mjs', import.meta.url).href,
    'validateShare',
    shares.map((pages) => ({ dir, pages, config })),
  )
  return results.flat()
}

/**
 * Pages known to be valid, by a hash of their bytes, for this html-validate and this configuration:
 * a rebuild validates only the pages that changed. Other sites built with the same cache (the test
 * fixtures) add theirs; the set starts again from the latest build's pages when it outgrows them.
 */
function validatedCache(config: ConfigData) {
  const version = (
    JSON.parse(
      fs.readFileSync(createRequire(import.meta.url).resolve('html-validate/package.json'), 'utf8'),
    ) as { version: string }
  ).version
  const key = createHash('sha256').update(version).update(JSON.stringify(config)).digest('hex')
  const file = path.join(cacheRoot(), 'validated', `${key.slice(0, 16)}.json`)
  let known = new Set<string>()
  try {
    known = new Set(JSON.parse(fs.readFileSync(file, 'utf8')) as string[])
  } catch {
    // No cache yet, or an unreadable one: every page is validated.
  }
  return {
    has: (hash: string) => known.has(hash),
    save(valid: string[]) {
      const kept = known.size + valid.length > 4 * valid.length + 10_000 ? [] : [...known]
      saveCacheFile(file, JSON.stringify([...new Set([...kept, ...valid])].sort()))
    },
  }
}

/**
 * Validates every page of an export with html-validate (`.htmlvalidate.json`). A large site is
 * split across worker threads, one per core; the errors come back in page order.
 * Pages that a previous build found valid byte for byte are not validated again.
 */
export async function validatePages(
  dir: string,
  hashes = pageHashes(dir),
): Promise<{ errors: string[]; pages: number; validated: number }> {
  const config = JSON.parse(fs.readFileSync(CONFIG, 'utf-8')) as ConfigData
  const all = [...hashes.keys()]
  const cache = validatedCache(config)
  const pages = all.filter((p) => !cache.has(hashes.get(p)!))
  const shares = threadShares(pages, PAGES_PER_WORKER)
  const found = pages.length ? await inWorkers(dir, shares, config) : []
  const order = new Map(pages.map((p, i) => [p, i]))
  const errors = found.sort((a, b) => order.get(a.split(':')[0]!)! - order.get(b.split(':')[0]!)!)
  const failed = new Set(errors.map((e) => e.split(':')[0]!))
  cache.save(all.filter((p) => !failed.has(p)).map((p) => hashes.get(p)!))
  return { errors, pages: all.length, validated: pages.length }
}
