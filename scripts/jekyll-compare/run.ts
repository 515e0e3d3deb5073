import fs from 'node:fs'
import YAML from 'yaml'
import path from 'node:path'
import type { ImportReport } from '@/lib/import/report'
import { compareSites } from './compare'
import { formatDetails, formatSummary, summarize } from './format'

/** Runs the comparison, prints the summary, writes the details; true when something was lost. */
export function compareJekyllOutput(options: {
  siteDir: string
  oldOut: string
  newOut: string
  report: ImportReport
  details: string
  json?: string
}): boolean {
  for (const [what, dir] of [
    ['Jekyll output', options.oldOut],
    ['built site', options.newOut],
  ] as const)
    if (!fs.existsSync(path.join(dir, 'index.html')) && !fs.existsSync(dir)) {
      console.error(`${dir}: no ${what} here (expected a folder of HTML pages)`)
      process.exit(2)
    }
  const config = readConfig(options.siteDir)
  const cname = path.join(options.siteDir, 'CNAME')
  const origins = [
    typeof config.url === 'string' ? config.url : undefined,
    fs.existsSync(cname) ? `https://${fs.readFileSync(cname, 'utf8').trim()}` : undefined,
  ]
    .filter((o): o is string => !!o && URL.canParse(o) && o !== 'https://')
    .map((o) => new URL(o).origin.replace(/^http:/, 'https:').toLowerCase())
  const result = compareSites({
    siteDir: options.siteDir,
    oldOut: options.oldOut,
    newOut: options.newOut,
    urls: options.report.urls,
    origins,
  })
  const summary = summarize(result)
  fs.writeFileSync(options.details, formatDetails(result))
  if (options.json)
    fs.writeFileSync(options.json, `${JSON.stringify({ summary, ...result }, null, 2)}\n`)
  console.log(formatSummary(summary, options.details))
  return summary.losses > 0
}

function readConfig(siteDir: string): Record<string, unknown> {
  try {
    const parsed: unknown = YAML.parse(fs.readFileSync(path.join(siteDir, '_config.yml'), 'utf8'))
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
