/**
 * `npm run build`: check content, export with Next.js into a staging folder, then swap the result
 * into place. A content error or a failed export leaves the previous output untouched.
 *
 *   npm run build [-- --out DIR] [-- --check-external]
 *
 * (default out/; CONTENT_DIR and BASE_PATH are read from the environment; CHECK_EXTERNAL=1 is the
 * same as --check-external, which also fetches every external link.)
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { analyticsSources } from '@/lib/analytics'
import { basePath } from '@/lib/base-path'
import { plannedVariants } from '@/lib/markdown/responsive-images'
import { ogCards } from '@/lib/og'
import { checkContent } from './check-content'
import { writeHostFiles } from './host-files'
import { writeOgImages } from './og-images'
import { checkOutput } from './output/check'
import { finishExport } from './output/finish-pages'
import { postBuild } from './postbuild'
import { writeImageVariants } from './postbuild-images'
import { writeSearchIndex } from './search-index'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'out' },
    'check-external': { type: 'boolean', default: process.env.CHECK_EXTERNAL === '1' },
  },
})
const outDir = path.resolve(values.out)
const stage = path.resolve('.build', `export-${process.pid}`)

// Wall time of each step, printed at the end (the benchmark's notes quote them).
const steps: [string, number][] = []
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await run()
  } finally {
    steps.push([name, performance.now() - started])
  }
}

const content = await step('content', () => checkContent())
if (!content) process.exit(1)

fs.rmSync(stage, { recursive: true, force: true })
const next = await step('next build', () =>
  spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      GIBSONIC_DIST_DIR: path.relative(process.cwd(), stage),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  }),
)
if (next.status !== 0) {
  fs.rmSync(stage, { recursive: true, force: true })
  console.error(
    `\nnext build failed (exit ${next.status ?? next.signal}): ${path.relative(process.cwd(), outDir)}/ was left as it was.`,
  )
  process.exit(1)
}

await step('post-build', () => postBuild(stage, content))
try {
  // Content was checked in this process, so every image variant the pages refer to was planned here.
  const images = await step('images', () => writeImageVariants(stage, plannedVariants()))
  if (images.variants)
    console.log(`Images: ${images.variants} variants, ${images.encoded} newly encoded`)
  const og = await step('preview images', () =>
    writeOgImages(stage, ogCards(content), content.site.title),
  )
  console.log(`Preview images: ${og.images}, ${og.rendered} drawn, the rest cached`)
  // The last change to the pages, so that it sees every page the steps above wrote.
  const finished = await step('strip and policies', () =>
    finishExport(stage, { basePath, extra: analyticsSources(content.site) }),
  )
  console.log(
    `Removed the Next.js runtime from ${finished.stripped} of ${finished.pages} pages` +
      (finished.hydrated.length
        ? `; kept for interactive components on ${finished.hydrated.join(', ')}`
        : ''),
  )
  const search = await step('search index', () => writeSearchIndex(stage, content.site.lang))
  console.log(
    `Search index: ${search.pages} pages, ${(search.bytes / 1024).toFixed(0)} KiB, ${search.ms} ms`,
  )
} catch (error) {
  fs.rmSync(stage, { recursive: true, force: true })
  console.error(`\nA post-build step failed: ${(error as Error).message}`)
  process.exit(1)
}
for (const warning of writeHostFiles(stage, content.site, basePath))
  console.warn(`warning: ${warning}`)

// The checks on exactly what will be published.
const problems = await step('output checks', () =>
  checkOutput(stage, basePath, { external: values['check-external'] }),
)
if (problems.length) {
  // Kept for inspection (`npm run check:output -- .build/rejected` checks it again).
  const rejected = path.resolve('.build', 'rejected')
  fs.rmSync(rejected, { recursive: true, force: true })
  fs.renameSync(stage, rejected)
  for (const problem of problems) console.error(problem)
  console.error(
    `\n${problems.length} problem(s) in the exported pages (kept in ${path.relative(process.cwd(), rejected)}/): ${path.relative(process.cwd(), outDir)}/ was left as it was.`,
  )
  process.exit(1)
}

// Swap: the old output is moved aside before the new one takes its place, then removed.
const old = `${stage}-previous`
fs.mkdirSync(path.dirname(outDir), { recursive: true })
if (fs.existsSync(outDir)) fs.renameSync(outDir, old)
fs.renameSync(stage, outDir)
fs.rmSync(old, { recursive: true, force: true })
console.log(
  `\nSteps: ${steps.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}`,
)
console.log(
  `Site exported to ${path.relative(process.cwd(), outDir) || '.'}/${basePath ? `, for serving under ${basePath}/` : ''}`,
)
