/**
 * `npm run check:output [-- DIR] [-- --check-external]`: the checks `npm run build` runs on every
 * export (internal links and fragments, HTML validation), on an existing export (default out/).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { readBuildInfo } from '@/lib/build-info'
import { checkOutput } from './output/check'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'check-external': { type: 'boolean', default: process.env.CHECK_EXTERNAL === '1' } },
})
const dir = path.resolve(positionals[0] ?? 'out')
const problems = await checkOutput(dir, readBuildInfo(dir).basePath, {
  external: values['check-external'],
})
for (const problem of problems) console.error(problem)
if (problems.length) {
  console.error(`\n${problems.length} problem(s) in ${path.relative(process.cwd(), dir) || '.'}/`)
  process.exit(1)
}
