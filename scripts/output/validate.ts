import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ConfigData } from 'html-validate'
import { cacheRoot, saveCacheFile } from '@/lib/content/document-cache'
import { pageHashes, threadShares } from './html'

const CONFIG = path.resolve(import.meta.dirname, '../../.htmlvalidate.json')

/** Below this many pages, a second worker (each loads html-validate) costs more than it saves. */
const PAGES_PER_WORKER = 150

// Validation runs in worker threads (one for a small site), as plain JavaScript so that it needs
// no TypeScript loader. StaticConfigLoader merges the configuration and rebuilds html-validate's
// element metadata for every document it is asked about: 4 ms a page, ten times the validation of
// a redirect page and a third of a post's. The configuration here never changes, so it is resolved
// once and reused for every page.
const WORKER = `
const { parentPort, workerData: w } = require('node:worker_threads')
const fs = require('node:fs')
const path = require('node:path')
const { HtmlValidate, StaticConfigLoader } = require(w.htmlValidate)
class ResolvedOnce extends StaticConfigLoader {
  getConfigFor(handle, override) {
    return override ? super.getConfigFor(handle, override) : (this.resolved ??= super.getConfigFor(handle))
  }
}
const validator = new HtmlValidate(new ResolvedOnce(w.config))
;(async () => {
  const errors = []
  for (const page of w.pages) {
    const report = await validator.validateString(fs.readFileSync(path.join(w.dir, page), 'utf-8'), page)
    for (const result of report.results)
      for (const m of result.messages)
        if (m.severity === 2) errors.push(page + ':' + m.line + ':' + m.column + ': ' + m.message + ' (' + m.ruleId + ')')
  }
  parentPort.postMessage(errors)
})()
`

/** Validates `pages` of `dir`; every error as `page:line:col: message (rule)`. */
function inWorker(dir: string, pages: string[], config: ConfigData): Promise<string[]> {
  const htmlValidate = createRequire(import.meta.url).resolve('html-validate')
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { dir, pages, config, htmlValidate },
    })
    worker.once('message', (errors: string[]) => resolve(errors))
    worker.once('error', reject)
  })
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
  const results = pages.length
    ? await Promise.all(shares.map((share) => inWorker(dir, share, config)))
    : []
  const order = new Map(pages.map((p, i) => [p, i]))
  const errors = results
    .flat()
    .sort((a, b) => order.get(a.split(':')[0]!)! - order.get(b.split(':')[0]!)!)
  const failed = new Set(errors.map((e) => e.split(':')[0]!))
  cache.save(all.filter((p) => !failed.has(p)).map((p) => hashes.get(p)!))
  return { errors, pages: all.length, validated: pages.length }
}
