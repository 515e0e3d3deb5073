import type { Scores } from './lighthouse'
import type { Measurement } from './measure'
import { KINDS, PAGE_TYPES, type PageType, type PageWeight } from './pages'

/** Everything one `npm run bench` learns; results for several post counts accumulate in one file. */
export interface BuildResult {
  posts: number
  cold: Measurement
  warm: Measurement
  peers: Record<string, Measurement>
  /** The post list's HTML size, to show whether list pages stay usable. */
  listHtmlBytes: number
  pages: number
  machineLoad: string
  date: string
}

/** One build of the big-post site (scripts/bench/big-post.ts). */
export interface BigPostRun {
  /** The content check alone (`scripts/check-content.ts`), with empty caches. */
  check: Measurement
  /** The whole build, with empty caches, and its steps' times from its summary line. */
  build: Measurement
  steps: Record<string, number>
  machineLoad: string
  date: string
}

export interface BigPostResult {
  command: string
  mb: number
  bytes: number
  runs: BigPostRun[]
}

export interface BenchResults {
  command: string
  machine: Record<string, string>
  peers: string[]
  builds: Record<string, BuildResult>
  weights?: { posts: number; byType: Record<PageType, PageWeight> }
  lighthouse?: { posts: number; byType: Record<string, Scores> }
  bigPost?: BigPostResult
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const mb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`
const s = (seconds: number) => `${seconds.toFixed(1)} s`
const verdict = (ok: boolean | undefined) =>
  ok === undefined ? 'not measured' : ok ? '**pass**' : '**fail**'

function targetRows(r: BenchResults): string[] {
  const w = r.weights?.byType
  const b1k = r.builds['1000']
  const b10k = r.builds['10000']
  const js =
    w && Math.max(...(['about', 'posts', 'post', 'publications'] as const).map((t) => w[t].js.gzip))
  const about =
    w && (['html', 'css', 'js', 'font'] as const).reduce((sum, k) => sum + w.about[k].gzip, 0)
  const images = w && Math.max(w.posts.scrolledImages, w.post.scrolledImages)
  const lh = r.lighthouse?.byType
  const lhAll =
    lh &&
    Object.values(lh).every(
      (x) =>
        x.performance === 100 &&
        x.accessibility === 100 &&
        x['best-practices'] === 100 &&
        x.seo === 100,
    )
  const lhText = lh
    ? Object.entries(lh)
        .map(([t, x]) => `${t} ${x.performance}/${x.accessibility}/${x['best-practices']}/${x.seo}`)
        .join(', ')
    : '–'
  return [
    '| target | limit | measured | result |',
    '| --- | --- | --- | --- |',
    `| JS at load, page without interactive components (About, list, post, publications; worst) | ≤ 10 KB gzip | ${js === undefined ? '–' : kb(js)} | ${verdict(js === undefined ? undefined : js <= 10 * 1024)} |`,
    `| About page: HTML + CSS + JS + fonts | ≤ 40 KB gzip | ${about === undefined ? '–' : kb(about)} | ${verdict(about === undefined ? undefined : about <= 40 * 1024)} |`,
    `| Lighthouse 12 mobile (perf/a11y/best practices/SEO) | 100 everywhere | ${lhText} | ${verdict(lhAll)} |`,
    `| Cold build, 1,000 posts: wall | ≤ 60 s | ${b1k ? s(b1k.cold.wallSeconds) : '–'} | ${verdict(b1k && b1k.cold.wallSeconds <= 60)} |`,
    `| Cold build, 1,000 posts: peak memory | ≤ 1.5 GB | ${b1k ? mb(b1k.cold.peakRssBytes) : '–'} | ${verdict(b1k && b1k.cold.peakRssBytes <= 1.5 * 2 ** 30)} |`,
    `| Rebuild after editing one of 1,000 posts | ≤ 25 s | ${b1k ? s(b1k.warm.wallSeconds) : '–'} | ${verdict(b1k && b1k.warm.wallSeconds <= 25)} |`,
    `| 10,000 posts: builds, peak memory | ≤ 4 GB | ${b10k ? `${b10k.cold.exitCode === 0 ? 'built' : 'failed'}, ${mb(b10k.cold.peakRssBytes)}, ${s(b10k.cold.wallSeconds)}` : '–'} | ${verdict(b10k && b10k.cold.exitCode === 0 && b10k.cold.peakRssBytes <= 4 * 2 ** 30)} |`,
    `| 10,000 posts: post list page | usable: paginated, ≤ ${kb(LIST_PAGE_LIMIT)} of HTML | ${b10k ? `${kb(b10k.listHtmlBytes)} of HTML` : '–'} | ${verdict(b10k && b10k.listHtmlBytes > 0 && b10k.listHtmlBytes <= LIST_PAGE_LIMIT)} |`,
    `| Images loaded by the post list or a post at 360 px, scrolled to the end (worst) | ≤ 300 KB | ${images === undefined ? '–' : kb(images)} | ${verdict(images === undefined ? undefined : images <= 300 * 1024)} |`,
  ]
}

/**
 * What "usable" means for the post list of a 10,000-post site: a page of the paginated list stays
 * small (the unpaginated list of 1,000 posts was 784 KB and scored 69 for performance).
 */
const LIST_PAGE_LIMIT = 100 * 1024

function buildRows(r: BenchResults): string[] {
  const peers = r.peers
  const rows = [
    `| posts | pages | cold wall | cold CPU | cold peak | rebuild wall | rebuild CPU | rebuild peak | ${peers.map((p) => `${p} wall | ${p} peak`).join(' | ')}${peers.length ? ' |' : ''} load during run |`,
    `| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ${peers.map(() => '---: | ---:').join(' | ')}${peers.length ? ' |' : ''} --- |`,
  ]
  for (const b of Object.values(r.builds).sort((a, z) => a.posts - z.posts)) {
    const peerCells = peers.map((p) => {
      const m = b.peers[p]
      return m
        ? `${s(m.wallSeconds)} (${(b.cold.wallSeconds / m.wallSeconds).toFixed(1)}×) | ${mb(m.peakRssBytes)}`
        : '– | –'
    })
    rows.push(
      `| ${b.posts.toLocaleString('en-GB')} | ${b.pages.toLocaleString('en-GB')} | ${s(b.cold.wallSeconds)} | ${s(b.cold.cpuSeconds)} | ${mb(b.cold.peakRssBytes)} | ${s(b.warm.wallSeconds)} | ${s(b.warm.cpuSeconds)} | ${mb(b.warm.peakRssBytes)} | ${peerCells.join(' | ')}${peers.length ? ' |' : ''} ${b.machineLoad} |`,
    )
  }
  return rows
}

function weightRows(weights: NonNullable<BenchResults['weights']>): string[] {
  const rows = [
    `| page | ${KINDS.map((k) => (k === 'image' || k === 'font' ? k : `${k} raw / gzip`)).join(' | ')} | images, scrolled to the end |`,
    `| --- | ${KINDS.map(() => '---:').join(' | ')} | ---: |`,
  ]
  for (const t of PAGE_TYPES) {
    const w = weights.byType[t]
    rows.push(
      `| ${t} | ${KINDS.map((k) => (k === 'image' || k === 'font' ? kb(w[k].raw) : `${kb(w[k].raw)} / ${kb(w[k].gzip)}`)).join(' | ')} | ${kb(w.scrolledImages)} |`,
    )
  }
  return rows
}

/** The big-post runs, one row each, then the range of each column. */
function bigPostRows(b: BigPostResult): string[] {
  const columns: [string, (r: BigPostRun) => number | undefined, (x: number) => string][] = [
    ['check alone, wall', (r) => r.check.wallSeconds, s],
    ['check alone, CPU', (r) => r.check.cpuSeconds, s],
    ['check alone, peak', (r) => r.check.peakRssBytes, mb],
    ['build: content step', (r) => r.steps['content'], s],
    ['build: next build', (r) => r.steps['next build'], s],
    ['build: output checks', (r) => r.steps['output checks'], s],
    ['build wall', (r) => r.build.wallSeconds, s],
    ['build CPU', (r) => r.build.cpuSeconds, s],
    ['build peak', (r) => r.build.peakRssBytes, mb],
  ]
  const cell = (x: number | undefined, f: (x: number) => string) => (x === undefined ? '–' : f(x))
  const range = (values: number[], f: (x: number) => string) =>
    values.length === 0
      ? '–'
      : Math.min(...values) === Math.max(...values)
        ? f(values[0]!)
        : `${f(Math.min(...values))} – ${f(Math.max(...values))}`
  return [
    `| run | ${columns.map(([name]) => name).join(' | ')} | exit codes | load during run |`,
    `| ---: | ${columns.map(() => '---:').join(' | ')} | ---: | --- |`,
    ...b.runs.map(
      (r, i) =>
        `| ${i + 1} | ${columns.map(([, get, f]) => cell(get(r), f)).join(' | ')} | ${r.check.exitCode}, ${r.build.exitCode} | ${r.machineLoad} |`,
    ),
    ...(b.runs.length > 1
      ? [
          `| range | ${columns
            .map(([, get, f]) =>
              range(
                b.runs.map(get).filter((x): x is number => x !== undefined),
                f,
              ),
            )
            .join(' | ')} | | |`,
        ]
      : []),
  ]
}

export function benchmarksMarkdown(r: BenchResults, chartPath: string, notes: string): string {
  const lh = r.lighthouse
  return [
    '# Benchmarks',
    '',
    'Made by `npm run bench` (scripts/bench.ts); this file is rewritten by each run, and results for',
    'other post counts are kept from earlier runs (they live in `docs/bench/results.json`).',
    '',
    `Last command: \`${r.command}\``,
    '',
    '## Machine',
    '',
    ...Object.entries(r.machine).map(([k, v]) => `- ${k}: ${v}`),
    '',
    '## Targets (issue 10)',
    '',
    ...targetRows(r),
    '',
    '## Build time and memory',
    '',
    `![${'Cold build time against number of posts'}](${chartPath})`,
    '',
    ...buildRows(r),
    '',
    "In brackets after a peer's time: how many times longer the cold gibsonic build took.",
    '',
    `Peers run: ${r.peers.length ? r.peers.join(', ') : 'none (neither hugo nor jekyll is on PATH)'}.`,
    '',
    ...(r.weights
      ? [
          `## What a browser loads (${r.weights.posts.toLocaleString('en-GB')}-post site, 360 × 740 px, DPR 1)`,
          '',
          ...weightRows(r.weights),
          '',
        ]
      : []),
    ...(lh
      ? [
          `## Lighthouse 12, mobile preset (${lh.posts.toLocaleString('en-GB')}-post site)`,
          '',
          '| page | performance | accessibility | best practices | SEO | audits not passed |',
          '| --- | ---: | ---: | ---: | ---: | --- |',
          ...Object.entries(lh.byType).map(
            ([t, x]) =>
              `| ${t} | ${x.performance} | ${x.accessibility} | ${x['best-practices']} | ${x.seo} | ${x.failing.join('; ') || '–'} |`,
          ),
          '',
        ]
      : []),
    ...(r.bigPost
      ? [
          `## One very large post (issue 16): ${(r.bigPost.bytes / 2 ** 20).toFixed(2)} MiB of Markdown`,
          '',
          `Made by \`${r.bigPost.command}\` (the post: \`scripts/bench/big-post.ts\`), on the machine`,
          `above, ${r.bigPost.runs[0]?.date.slice(0, 16).replace('T', ' ') ?? '–'} UTC; cold each time (empty caches).`,
          'Exit codes: the check alone, then the build.',
          '',
          ...bigPostRows(r.bigPost),
          '',
        ]
      : []),
    '## Method and notes',
    '',
    notes.trim(),
    '',
  ].join('\n')
}
