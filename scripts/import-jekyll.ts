/**
 * `npm run import:jekyll -- <jekyll-site> [--into content] [--public DIR] [--dry-run] [--force]
 *  [--report [FILE]] [--report-json FILE] [--copy-remote-images]`: moves a Jekyll site into
 * content/ and public/ and prints what it did, what needs a human, and every old URL with its new
 * one. `--copy-remote-images` downloads the images pages load from other sites into public/ (the
 * only part of the import that uses the network, and only when asked).
 *
 * `npm run import:jekyll -- <jekyll-site> --compare <jekyll-output> [--out out] [--details FILE]`
 * writes nothing into the site: it compares every page Jekyll wrote with the page of the built
 * site at its new URL, prints a summary and writes the details (jekyll-compare.txt by default).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { planImport } from '@/lib/import/jekyll-site'
import { applyPlan } from '@/lib/import/manifest'
import { formatReport } from '@/lib/import/report'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    into: { type: 'string', default: 'content' },
    public: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    'copy-remote-images': { type: 'boolean', default: false },
    report: { type: 'string' },
    'report-json': { type: 'string' },
    compare: { type: 'string' },
    out: { type: 'string', default: 'out' },
    details: { type: 'string', default: 'jekyll-compare.txt' },
    json: { type: 'string' },
  },
  // `--report` alone prints the full report; `--report FILE` writes it.
  args: process.argv
    .slice(2)
    .flatMap((a, i, all) =>
      a === '--report' && (!all[i + 1] || all[i + 1]!.startsWith('--')) ? ['--report', '-'] : [a],
    ),
})

const source = positionals[0]
if (!source || !fs.existsSync(path.join(source, '_config.yml'))) {
  console.error(
    `${source ?? '(no path)'}: not a Jekyll site (expected a folder with _config.yml)\nusage: npm run import:jekyll -- <path-to-jekyll-site> [--into content] [--dry-run] [--force] [--report [file]] [--copy-remote-images]`,
  )
  process.exit(2)
}
const dirs = {
  content: path.resolve(values.into),
  public: path.resolve(values.public ?? path.join(values.into, '..', 'public')),
}
const plan = planImport(path.resolve(source))
if (values.compare) {
  const { compareJekyllOutput } = await import('./jekyll-compare/run')
  const failed = compareJekyllOutput({
    siteDir: path.resolve(source),
    oldOut: path.resolve(values.compare),
    newOut: path.resolve(values.out),
    report: plan.report,
    details: values.details,
    json: values.json,
  })
  process.exit(failed ? 1 : 0)
}
if (values['copy-remote-images'] && plan.remoteImages.length) {
  const { copyRemoteImages } = await import('@/lib/import/copy-remote-images')
  const { copied, failed } = await copyRemoteImages(plan)
  console.log(
    `Copied ${copied} image(s) from other sites into public/assets/remote/${failed ? `; ${failed} could not be copied (listed below)` : ''}.`,
  )
}
const applied = applyPlan(plan.files, dirs, { dryRun: values['dry-run'], force: values.force })
plan.report.kept = applied.kept
plan.report.placeholders = applied.placeholders

const verbose = values.report !== undefined
const text = formatReport(plan.report, { verbose })
if (values.report && values.report !== '-') fs.writeFileSync(values.report, text)
else process.stdout.write(text)
if (values['report-json'])
  fs.writeFileSync(values['report-json'], `${JSON.stringify(plan.report, null, 2)}\n`)
const where = `${path.relative(process.cwd(), dirs.content) || '.'}/ and ${path.relative(process.cwd(), dirs.public) || '.'}/`
console.log(
  values['dry-run']
    ? `\nDry run: ${applied.written.length} files would be written into ${where}; nothing was written.`
    : `\n${applied.written.length} files written, ${applied.unchanged.length} unchanged, ${applied.kept.length} kept as the author changed them, in ${where}.`,
)
