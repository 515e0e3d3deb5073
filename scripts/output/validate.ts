import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate'
import { htmlFiles } from './html'

const CONFIG = path.resolve(import.meta.dirname, '../../.htmlvalidate.json')

/** Below this many pages, starting workers (each loads html-validate) costs more than it saves. */
const PAGES_PER_WORKER = 150

/** Validates `pages` of `dir`; every error as `page:line:col: message (rule)`. */
async function validate(dir: string, pages: string[], config: ConfigData): Promise<string[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(config))
  const errors: string[] = []
  for (const page of pages) {
    const report = await validator.validateString(
      fs.readFileSync(path.join(dir, page), 'utf-8'),
      page,
    )
    for (const result of report.results)
      for (const m of result.messages)
        if (m.severity === 2)
          errors.push(`${page}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`)
  }
  return errors
}

// The same loop in a worker thread, as plain JavaScript so that it needs no TypeScript loader.
const WORKER = `
const { parentPort, workerData: w } = require('node:worker_threads')
const fs = require('node:fs')
const path = require('node:path')
const { HtmlValidate, StaticConfigLoader } = require(w.htmlValidate)
const validator = new HtmlValidate(new StaticConfigLoader(w.config))
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
 * Validates every page of an export with html-validate (`.htmlvalidate.json`). A large site is
 * split across worker threads, one per core; the errors come back in page order either way.
 */
export async function validatePages(dir: string): Promise<{ errors: string[]; pages: number }> {
  const config = JSON.parse(fs.readFileSync(CONFIG, 'utf-8')) as ConfigData
  const pages = htmlFiles(dir)
  const workers = Math.min(os.availableParallelism(), Math.floor(pages.length / PAGES_PER_WORKER))
  if (workers < 2) return { errors: await validate(dir, pages, config), pages: pages.length }
  const chunks = Array.from({ length: workers }, (_, i) =>
    pages.filter((_, j) => j % workers === i),
  )
  const results = await Promise.all(chunks.map((chunk) => inWorker(dir, chunk, config)))
  const order = new Map(pages.map((p, i) => [p, i]))
  const errors = results
    .flat()
    .sort((a, b) => order.get(a.split(':')[0]!)! - order.get(b.split(':')[0]!)!)
  return { errors, pages: pages.length }
}
