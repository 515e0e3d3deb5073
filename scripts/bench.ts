/**
 * `npm run bench`: builds a synthetic site of N posts cold and warm and measures it, weighs what
 * a browser loads per page type, runs Lighthouse, builds the same posts with Hugo and Jekyll when
 * they are installed, and writes BENCHMARKS.md with a chart. Never part of `npm test`.
 *
 *   npm run bench [-- --posts 1000] [--sizes 100,1000] [--no-lighthouse] [--no-peers] [--keep]
 *   npm run bench -- --report-only     (rewrite BENCHMARKS.md from docs/bench/results.json)
 *   npm run bench -- --big-post [--mb 5] [--repeat 1]   (one very large post instead: issue 16)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { format, resolveConfig } from 'prettier'
import { stepSeconds, writeBigPostSite } from './bench/big-post'
import { buildTimeChart } from './bench/chart'
import { generateSite, type SyntheticPost } from './bench/generate'
import { lighthouseScores } from './bench/lighthouse'
import { measure, type Measurement } from './bench/measure'
import { HEAP_FLAGS } from './build/heap'
import { PAGE_TYPES, pageWeights, serve, type PageType } from './bench/pages'
import { availablePeers, peerVersion, writePeerSite } from './bench/peers'
import {
  benchmarksMarkdown,
  type BenchResults,
  type BigPostResult,
  type BuildResult,
} from './bench/report'

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000' },
    sizes: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-peers': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // Rewrites BENCHMARKS.md and the chart from docs/bench/results.json without building.
    'report-only': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4199' },
    // Builds one post of `--mb` MiB instead of the N-post sites, `--repeat` times.
    'big-post': { type: 'boolean', default: false },
    mb: { type: 'string', default: '5' },
    repeat: { type: 'string', default: '1' },
  },
})
const N = Number(values.posts)
const sizes = [
  ...new Set([...(values.sizes ?? '').split(',').filter(Boolean).map(Number), N]),
].sort((a, b) => a - b)
if (!sizes.every((n) => Number.isInteger(n) && n > 0))
  throw new Error('--posts and --sizes take positive whole numbers')

const RESULTS = path.resolve('docs/bench/results.json')
const CHART = 'docs/bench/build-time.svg'
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-bench-'))
const peers = values['no-peers'] ? [] : availablePeers()
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')

function machine(): Record<string, string> {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  return {
    CPU: `${cpu}, ${os.availableParallelism()} cores available`,
    RAM: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    OS: `${os.type()} ${os.release()}`,
    Node: process.version,
    Chromium: '/usr/bin/chromium (Debian)',
    Peers: peers.length ? peers.map(peerVersion).join('; ') : 'none installed',
    Date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  }
}

/** `npm run build` (or another script) of a content folder, with the bench's own caches. */
function build(
  content: string,
  out: string,
  cache: string,
  log: string,
  { script = 'scripts/build.ts', env = {} }: { script?: string; env?: Record<string, string> } = {},
): Promise<Measurement> {
  // The content check alone runs with the flags the build gives it (scripts/build/heap.ts).
  const flags = script === 'scripts/check-content.ts' ? HEAP_FLAGS : []
  return measure(process.execPath, [...flags, '--import', 'tsx', script, '--out', out], {
    env: {
      ...process.env,
      CONTENT_DIR: content,
      GIBSONIC_CACHE_DIR: cache,
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    log,
  })
}

const summary = (m: Measurement) =>
  `${m.wallSeconds.toFixed(1)} s wall, ${m.cpuSeconds.toFixed(1)} s CPU, ${(m.peakRssBytes / 2 ** 30).toFixed(2)} GB peak, exit ${m.exitCode}`

/**
 * The big post (issue 16), `repeat` times: the content check alone, then the whole build, each
 * with empty caches. The site's own public/ is left out: only the post's cost is measured.
 */
async function benchBigPost(command: string, mb: number, repeat: number): Promise<BigPostResult> {
  const content = path.join(work, 'content-big-post')
  const file = writeBigPostSite(content, mb)
  const env = { PUBLIC_DIR: path.resolve('tests/fixtures/public') }
  const runs: BigPostResult['runs'] = []
  for (let r = 1; r <= repeat; r++) {
    const loadBefore = loadAverage()
    const log = (name: string) => path.join(work, `big-post-${name}-${r}.log`)
    console.log(`[big post, run ${r} of ${repeat}] content check alone`)
    const check = await build(content, '', path.join(work, `cache-check-${r}`), log('check'), {
      script: 'scripts/check-content.ts',
      env,
    })
    console.log(`  ${summary(check)}`)
    console.log(`[big post, run ${r} of ${repeat}] build`)
    const out = path.join(work, `out-big-post-${r}`)
    const built = await build(content, out, path.join(work, `cache-${r}`), log('build'), { env })
    const steps = stepSeconds(fs.readFileSync(log('build'), 'utf8'))
    console.log(`  ${summary(built)}; steps: ${JSON.stringify(steps)}`)
    runs.push({
      check,
      build: built,
      steps,
      machineLoad: `${loadBefore} → ${loadAverage()}`,
      date: new Date().toISOString(),
    })
    if (!values.keep) fs.rmSync(out, { recursive: true, force: true })
  }
  return { command, mb, bytes: fs.statSync(file).size, runs }
}

function countPages(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html')).length
}

async function benchSize(
  n: number,
): Promise<{ result: BuildResult; out: string; posts: SyntheticPost[] }> {
  const content = path.join(work, `content-${n}`)
  const out = path.join(work, `out-${n}`)
  const cache = path.join(work, `cache-${n}`)
  const log = path.join(work, `build-${n}.log`)
  console.log(`[${n} posts] generating content in ${content}`)
  const posts = await generateSite(content, n, 'content')
  const loadBefore = loadAverage()

  console.log(`[${n} posts] cold build (empty caches)`)
  const cold = await build(content, out, cache, log)
  if (cold.exitCode !== 0) console.error(`  the cold build failed: see ${log}`)
  console.log(
    `  ${cold.wallSeconds.toFixed(1)} s wall, ${cold.cpuSeconds.toFixed(1)} s CPU, ${(cold.peakRssBytes / 2 ** 30).toFixed(2)} GB peak`,
  )

  // One post gains a paragraph: the rebuild must show it, and should reuse everything else.
  const edited = posts[Math.floor(n / 2)]!
  fs.appendFileSync(path.join(content, 'posts', edited.file), '\nAn edit made by the benchmark.\n')
  console.log(`[${n} posts] rebuild after editing ${edited.file}`)
  const warm = await build(content, out, cache, log)
  console.log(
    `  ${warm.wallSeconds.toFixed(1)} s wall, ${warm.cpuSeconds.toFixed(1)} s CPU, ${(warm.peakRssBytes / 2 ** 30).toFixed(2)} GB peak`,
  )

  const peerResults: Record<string, Measurement> = {}
  for (const peer of peers) {
    const site = writePeerSite(
      peer,
      path.join(work, `${peer}-${n}`),
      posts,
      path.join(content, '.images'),
    )
    console.log(`[${n} posts] ${peer}`)
    peerResults[peer] = await measure(site.command, site.args, {
      log: path.join(work, `${peer}-${n}.log`),
    })
    console.log(
      `  ${peerResults[peer].wallSeconds.toFixed(1)} s wall (exit ${peerResults[peer].exitCode})`,
    )
  }
  const list = path.join(out, 'posts', 'index.html')
  return {
    out,
    posts,
    result: {
      posts: n,
      cold,
      warm,
      peers: peerResults,
      listHtmlBytes: fs.existsSync(list) ? fs.statSync(list).size : 0,
      pages: fs.existsSync(out) ? countPages(out) : 0,
      machineLoad: `${loadBefore} → ${loadAverage()}`,
      date: new Date().toISOString(),
    },
  }
}

const previous: BenchResults | undefined = fs.existsSync(RESULTS)
  ? JSON.parse(fs.readFileSync(RESULTS, 'utf8'))
  : undefined
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, '')
// A big-post run leaves the N-post results, and the machine and command they were made with.
const reportOnly = (values['report-only'] || values['big-post']) && previous
const results: BenchResults = {
  command: reportOnly ? previous.command : command,
  machine: reportOnly ? previous.machine : machine(),
  peers: [...new Set([...(previous?.peers ?? []), ...peers])],
  builds: { ...previous?.builds },
  weights: previous?.weights,
  lighthouse: previous?.lighthouse,
  bigPost: previous?.bigPost,
}

if (values['big-post'] && !values['report-only']) {
  const repeat = Number(values.repeat)
  if (!(Number(values.mb) > 0) || !Number.isInteger(repeat) || repeat < 1)
    throw new Error('--mb takes a positive number and --repeat a positive whole number')
  results.bigPost = await benchBigPost(command, Number(values.mb), repeat)
}

for (const n of values['report-only'] || values['big-post'] ? [] : sizes) {
  const { result, out, posts } = await benchSize(n)
  results.builds[String(n)] = result
  if (n !== N || result.cold.exitCode !== 0) continue
  // The page types, on the largest site: the first post has an image near its top.
  const post = posts.find((p) => p.image)!
  const paths: Record<PageType, string> = {
    about: '/',
    posts: '/posts/',
    post: `/blog/${post.date.replaceAll('-', '/')}/${post.slug}/`,
    publications: '/publications/',
    oss: '/oss/',
  }
  const server = await serve(out, Number(values.port))
  try {
    console.log(`[${n} posts] page weights at 360 px`)
    results.weights = { posts: n, byType: await pageWeights(server.url, paths) }
    if (!values['no-lighthouse']) {
      console.log(`[${n} posts] Lighthouse (mobile)`)
      const urls = Object.fromEntries(PAGE_TYPES.map((t) => [t, server.url + paths[t]]))
      results.lighthouse = { posts: n, byType: await lighthouseScores(urls) }
    }
  } finally {
    server.stop()
  }
}

fs.mkdirSync(path.dirname(RESULTS), { recursive: true })
// Written in the project's Prettier style, so `npm run lint` accepts the committed results.
async function pretty(text: string, file: string): Promise<string> {
  return format(text, { ...(await resolveConfig(file)), filepath: file })
}
fs.writeFileSync(RESULTS, await pretty(JSON.stringify(results, null, 2), RESULTS))
const series = ['gibsonic', ...results.peers].map((name) => ({
  name,
  points: Object.values(results.builds)
    .map((b) => ({ n: b.posts, m: name === 'gibsonic' ? b.cold : b.peers[name] }))
    .filter((p): p is { n: number; m: Measurement } => !!p.m && p.m.exitCode === 0)
    .map((p) => ({ n: p.n, seconds: p.m.wallSeconds })),
}))
fs.writeFileSync(CHART, buildTimeChart(series))
const notes = fs.readFileSync('docs/bench/notes.md', 'utf8')
fs.writeFileSync(
  'BENCHMARKS.md',
  await pretty(benchmarksMarkdown(results, CHART, notes), 'BENCHMARKS.md'),
)
console.log(`Wrote BENCHMARKS.md, ${CHART} and ${path.relative('.', RESULTS)}`)
if (values.keep) console.log(`Kept the synthetic sites in ${work}`)
else fs.rmSync(work, { recursive: true, force: true })
