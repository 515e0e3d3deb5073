import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import { loadContent, type SiteContent } from '@/lib/content'
import { cacheEnabled, documentStats } from '@/lib/content/document-cache'
import { contentDir, listFiles } from '@/lib/content/files'
import { formatIssue } from '@/lib/content/issues'

/** Posts from which one more thread pays for its start (about 2 s: tsx and the Markdown pipeline). */
const POSTS_PER_THREAD = 200

// A thread that prepares one share of the posts into the document cache, through tsx's loader.
const WORKER = `
const { parentPort, workerData: w } = require('node:worker_threads')
import('tsx/esm/api')
  .then((tsx) => { tsx.register(); return import(w.module) })
  .then((m) => m.loadContent(undefined, { shard: w.shard }))
  .finally(() => parentPort.postMessage('done'))
`

/**
 * Fills the document cache of a large site on every core, each thread preparing its share of the
 * posts (highlighting and math are most of a cold check); the check that follows reads them all
 * back. Problems are not reported here: the check finds them again, from the cache.
 */
export async function prepareInParallel(): Promise<void> {
  const postsDir = path.join(contentDir(), 'posts')
  if (!cacheEnabled() || !fs.existsSync(postsDir)) return
  const posts = listFiles(postsDir, ['.md', '.mdx']).length
  const count = Math.min(os.availableParallelism(), Math.floor(posts / POSTS_PER_THREAD))
  if (count < 2) return
  const contentModule = new URL('../lib/content/index.ts', import.meta.url).href
  const workers = Array.from(
    { length: count - 1 },
    (_, i) =>
      new Worker(WORKER, {
        eval: true,
        workerData: { module: contentModule, shard: { index: i + 1, count } },
      }),
  )
  const finished = workers.map(
    (worker) =>
      new Promise<void>((resolve) => {
        worker.once('message', () => resolve())
        worker.once('error', () => resolve())
        worker.once('exit', () => resolve())
      }),
  )
  const before = documentStats.prepared
  await loadContent(undefined, { shard: { index: 0, count } })
  // This thread's share was all in the cache: so, most likely, is the rest, and waiting for the
  // other threads to start (about 2 s) would cost more than the check reading the few they lack.
  if (documentStats.prepared === before) await Promise.all(workers.map((w) => w.terminate()))
  else await Promise.all(finished)
  await Promise.all(workers.map((w) => w.terminate()))
}

/** Prints every content problem; returns the content when there is no error (warnings are fine). */
export async function checkContent(): Promise<SiteContent | undefined> {
  const { content, issues } = await loadContent()
  for (const issue of issues) console.error(formatIssue(issue))
  const errors = issues.filter((i) => i.severity === 'error').length
  if (errors)
    console.error(
      `\n${errors} content error(s): the site was not built and out/ was left as it was.`,
    )
  return content
}

// `npm run check:content` runs this file directly; the build runs it with `--reuse-plan FILE
// --out DIR` to also write which post pages it can take from DIR (scripts/reuse-pages.ts).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { 'reuse-plan': { type: 'string' }, out: { type: 'string' } },
  })
  await prepareInParallel()
  const content = await checkContent()
  if (content && values['reuse-plan'] && values.out) {
    const { planReuse } = await import('./reuse-pages')
    fs.writeFileSync(values['reuse-plan'], JSON.stringify(planReuse(content, values.out)))
  }
  process.exitCode = content ? 0 : 1
}
