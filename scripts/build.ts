/**
 * `npm run build`: check content, export with Next.js into a staging folder, then swap the result
 * into place. A content error or a failed export leaves the previous output untouched.
 *
 *   npm run build [-- --out DIR] [-- --check-external]
 *
 * (default out/; CONTENT_DIR and BASE_PATH are read from the environment; CHECK_EXTERNAL=1 is the
 * same as --check-external, which also fetches every external link.)
 *
 * Each step is a module of scripts/build/steps/, timed (the times are printed before the summary).
 */
import { parseArgs } from 'node:util'
import { Build } from './build/context'
import { checkContent } from './build/steps/content'
import { exportWithNext } from './build/steps/next-build'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'out' },
    'check-external': { type: 'boolean', default: process.env.CHECK_EXTERNAL === '1' },
  },
})
const build: Build = new Build(values.out, values['check-external'])

const checked = await build.step('content', () => checkContent(build))
// The later steps load while Next.js builds, and the checked content is read back meanwhile.
const later = import('./build/after-next')
const reloaded = later.then((steps) => steps.reloadContent(checked))
reloaded.catch(() => {}) // a failure surfaces where they are awaited, after Next.js
await build.step('next build', () => exportWithNext(build, checked))

const steps = await later
const content = await reloaded
if (!content)
  build.fail('\nThe content changed during the build and no longer loads: run the build again.')
// Before anything reads the pages: the long bodies they set aside go back in.
const spliced = await build
  .step('bodies', () => steps.spliceSetAsideBodies(build))
  .catch((error: Error) => build.fail(`\nA post-build step failed: ${error.message}`))
const reused = checked.plan ? steps.copyReusedPages(checked.plan, build.outDir, build.stage) : []
await build.step('post-build', () => steps.postBuild(build.stage, content))
let finished: Awaited<ReturnType<typeof steps.finishPages>>
try {
  await build.step('images', () => steps.writeImages(build))
  await build.step('preview images', () =>
    steps.writePreviewImages(build, content, checked.cardsDrawn),
  )
  finished = await build.step('strip and policies', () =>
    steps.finishPages(build, content, reused, spliced),
  )
  await build.step('search index', () => steps.indexForSearch(build, content))
} catch (error) {
  build.fail(`\nA post-build step failed: ${(error as Error).message}`)
}
// Milliseconds each, so neither this nor the copy of the reused pages has a time of its own.
steps.writeFilesForHosts(build, content)
const hashes = await build.step('output checks', () =>
  steps.checkExport(build, content, finished.links),
)

build.publish()
if (checked.plan)
  steps.writeManifest(checked.plan, build.outDir, new Set(finished.hydrated), hashes)
build.printSummary(finished.pages)
