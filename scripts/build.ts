/**
 * `npm run build`: check content, export with Next.js into a staging folder, then swap the result
 * into place. A content error or a failed export leaves the previous output untouched.
 *
 *   npm run build [-- --out DIR] [-- --check-external]
 *
 * (default out/; CONTENT_DIR and BASE_PATH are read from the environment; CHECK_EXTERNAL=1 is the
 * same as --check-external, which also fetches every external link.)
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { basePath } from '@/lib/base-path'
import type { SiteContent } from '@/lib/content'
import type { ReusePlan } from '@/lib/reuse'
import type { PageLinks } from './output/links'
import { filterNextOutput } from './next-output'
import { removePayloads } from './strip-runtime'
import { cacheEnabled } from '@/lib/content/document-cache'
import { publicDir } from '@/lib/markdown/public-files'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'out' },
    'check-external': { type: 'boolean', default: process.env.CHECK_EXTERNAL === '1' },
  },
})
const outDir = path.resolve(values.out)
const stage = path.resolve('.build', `export-${process.pid}`)

// A build that stops early leaves no child running (a card drawer, say).
const children = new Set<ChildProcess>()
process.on('exit', () => children.forEach((child) => child.kill()))

/**
 * Runs a command with this process's output, without blocking the event loop meanwhile; with
 * `onMessage`, the child gets an IPC channel and its messages are passed on. Output that the
 * options send through pipes is printed through `filterNextOutput`.
 */
function run(
  command: string,
  args: string[],
  options: SpawnOptions,
  onMessage?: (message: unknown) => void,
) {
  return new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    const child = spawn(command, args, {
      stdio: onMessage ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit',
      ...options,
    })
    children.add(child)
    const output = [child.stdout, child.stderr].map((from, i) =>
      from ? filterNextOutput(from, i ? process.stderr : process.stdout) : undefined,
    )
    child.once('exit', () => children.delete(child))
    if (onMessage) child.on('message', onMessage)
    child.once('error', () => resolve({ status: 1, signal: null }))
    // Once its output is all printed.
    child.once('exit', (status, signal) =>
      Promise.all(output).then(() => resolve({ status, signal })),
    )
  })
}

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

// With the document cache on, the content is checked in a process of its own that prepares every
// document into the cache and exits, so the Markdown pipeline's memory is free again while
// Next.js builds (the memory peak of a large site); this process reads back only the prepared
// content, without the bodies.
// That process also plans which post pages can be taken from the previous output unchanged
// (scripts/reuse-pages.ts); Next.js then generates only the others.
// It sends the posts' preview cards as soon as it has read their front matter, and a process of
// their own draws them into the cache at a low priority: they take the CPU that the check leaves
// idle (it prepares the bodies on one core) without slowing it down, and the post-build step
// finds them drawn (and draws any still missing).
const reusePlan = `${stage}-reuse.json`
const cardList = `${stage}-cards.json`
// Neither file outlives the build, however it ends (bad content, say): none is left in .build/.
process.on('exit', () => [reusePlan, cardList].forEach((f) => fs.rmSync(f, { force: true })))
let cardsDrawn: Promise<number> = Promise.resolve(0)
// Warnings printed along the way, counted in the summary.
let warnings = 0
const drawCards = (cards: unknown) => {
  fs.mkdirSync(path.dirname(cardList), { recursive: true })
  fs.writeFileSync(cardList, JSON.stringify(cards))
  let drawn = 0
  const node = [process.execPath, '--import', 'tsx', 'scripts/og-images.ts', cardList]
  // Windows has no `nice`: there the cards are drawn at the normal priority.
  const [command, ...args] = process.platform === 'win32' ? node : ['nice', '-n', '10', ...node]
  cardsDrawn = run(
    command!,
    args,
    {},
    (answer) => (drawn = (answer as { drawn: number }).drawn),
  ).then(() => drawn)
}
const checked = await step<SiteContent | boolean | undefined>('content', async () =>
  cacheEnabled()
    ? (
        await run(
          process.execPath,
          [
            '--import',
            'tsx',
            'scripts/check-content.ts',
            '--reuse-plan',
            reusePlan,
            '--out',
            outDir,
          ],
          {},
          (message) =>
            typeof message === 'object' && message && 'warnings' in message
              ? (warnings += message.warnings as number)
              : drawCards(message),
        )
      ).status === 0
    : (await import('./check-content')).checkContent().then((checked) => {
        warnings += checked.warnings
        return checked.content
      }),
)
if (!checked) process.exit(1)
const plan = fs.existsSync(reusePlan)
  ? (JSON.parse(fs.readFileSync(reusePlan, 'utf8')) as ReusePlan)
  : undefined

fs.rmSync(stage, { recursive: true, force: true })
// The post-build steps' modules load while Next.js builds (they would otherwise take two seconds
// after it).
const modules = Promise.all([
  import('@/lib/content-sources'),
  import('@/lib/content'),
  import('@/lib/markdown/responsive-images'),
  import('@/lib/og'),
  import('./host-files'),
  import('./og-images'),
  import('./output/check'),
  import('./output/html'),
  import('./output/finish-pages'),
  import('./postbuild'),
  import('./postbuild-images'),
  import('./search-index'),
  import('./reuse-pages'),
])
modules.catch(() => {}) // a failure surfaces where the modules are awaited, after Next.js
// The prepared content is read back from the cache meanwhile too (bodies stay on disk).
const reloaded = modules.then(async ([, { loadContent }]) =>
  typeof checked === 'object' ? checked : (await loadContent()).content,
)
reloaded.catch(() => {})
const next = await step('next build', () =>
  run(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build'], {
    // Through a filter that leaves out what only looks like a problem (./next-output.ts).
    stdio: ['inherit', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // Piped, its output keeps its colours where ours has them.
      ...(process.stdout.isTTY && !process.env.NO_COLOR && { FORCE_COLOR: '1' }),
      GIBSONIC_DIST_DIR: path.relative(process.cwd(), stage),
      ...(plan && { GIBSONIC_REUSE_PLAN: reusePlan }),
      NEXT_TELEMETRY_DISABLED: '1',
      // Turbopack's allocator (mimalloc) keeps the memory of the finished compilation unless told
      // to give freed pages back at once: with this, the next build process shrinks from about
      // 0.9 GB to 0.25 GB while the pages are generated, which is when the build's memory peaks.
      MIMALLOC_PURGE_DELAY: '0',
      MIMALLOC_PURGE_DECOMMITS: '1',
    },
  }),
)
fs.rmSync(reusePlan, { force: true })
if (next.status !== 0) {
  fs.rmSync(stage, { recursive: true, force: true })
  console.error(
    `\nnext build failed (exit ${next.status ?? next.signal}): ${path.relative(process.cwd(), outDir)}/ was left as it was.`,
  )
  process.exit(1)
}

const [
  { siteSources },
  ,
  { plannedVariants },
  { ogCards },
  { writeHostFiles },
  { writeOgImages },
  { checkOutput },
  { pageHashes },
  { finishExport },
  { postBuild },
  { writeImageVariants },
  { writeSearchIndex },
  { copyReusedPages, writeManifest },
] = await modules
const content = await reloaded
if (!content) {
  fs.rmSync(stage, { recursive: true, force: true })
  console.error('\nThe content changed during the build and no longer loads: run the build again.')
  process.exit(1)
}
const reused = plan ? copyReusedPages(plan, outDir, stage) : []
let hydrated: string[] = []
let pages = 0
let links = new Map<string, PageLinks>()
await step('post-build', () => postBuild(stage, content))
try {
  // Content was checked in this process, so every image variant the pages refer to was planned here.
  const images = await step('images', () => writeImageVariants(stage, plannedVariants()))
  if (images.variants)
    console.log(`Images: ${images.variants} variants, ${images.encoded} newly encoded`)
  const og = await step('preview images', async () => {
    const early = await cardsDrawn
    const report = await writeOgImages(stage, ogCards(content), content.site.title)
    return { ...report, rendered: report.rendered + early }
  })
  console.log(`Preview images: ${og.images}, ${og.rendered} drawn, the rest cached`)
  // The last change to the pages, so that it sees every page the steps above wrote.
  const finished = await step('strip and policies', () =>
    finishExport(stage, { basePath, extra: siteSources(content.site) }, { done: new Set(reused) }),
  )
  hydrated = finished.hydrated
  links = finished.links
  pages = finished.pages + reused.length
  // Only the Next.js router reads the RSC payloads, and only pages that hydrate run it.
  const payloads = removePayloads(stage, basePath, hydrated)
  console.log(
    (reused.length ? `Took ${reused.length} unchanged post pages from the previous build. ` : '') +
      `Removed the Next.js runtime from ${finished.stripped} of ${finished.pages} pages` +
      (finished.hydrated.length
        ? `; kept for interactive components on ${finished.hydrated.join(', ')}`
        : '') +
      `; left out ${payloads.files} RSC payload files (${(payloads.bytes / 1024 / 1024).toFixed(1)} MiB) that no page reads`,
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
for (const warning of writeHostFiles(stage, content.site, basePath)) {
  console.warn(`warning: ${warning}`)
  warnings++
}

// The checks on exactly what will be published (the pages' hashes also go into the reuse
// manifest).
const hashes = pageHashes(stage)
const problems = await step('output checks', () =>
  checkOutput(stage, basePath, {
    external: values['check-external'],
    links,
    hashes,
    // An author's old markup in a page's body (or a public HTML file) warns; templates must pass.
    sources: {
      publicDirs: [...new Set([publicDir(), path.resolve('public')])],
      sourceOf: (page) =>
        [...content.pages, ...content.posts].find(
          (p) => `${p.url.replace(/^\/+/, '')}index.html` === page,
        )?.document.file,
    },
    warn: (warning) => {
      console.warn(warning)
      warnings++
    },
  }),
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
if (plan) writeManifest(plan, outDir, new Set(hydrated), hashes)
console.log(
  `\nSteps: ${steps.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}`,
)
// The summary, last: nothing is printed after it.
console.log(
  `${pages} pages, ${warnings ? `${warnings} warning(s), listed above` : 'no warnings'}: ` +
    `the site is in ${path.relative(process.cwd(), outDir) || '.'}/` +
    (basePath ? `, for serving under ${basePath}/` : ''),
)
