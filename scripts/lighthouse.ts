/**
 * `npm run lighthouse [-- --dir out] [--port 4290] [--all]`: Lighthouse 12 (mobile preset) on one
 * page of every kind a built site has, read from its own sitemap: the home page, each section's
 * index, one page of each deeper kind (a post, a tag, a talk, a publication...) and the 404 page.
 * With `--all`, every page of the sitemap (an imported site, where each post may carry its own
 * scripts and styles).
 * It reports; it does not fail a build. Scores move with the machine's load, so run it on a quiet
 * machine, and more than once (the bench does the same for its synthetic site).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { readBuildInfo } from '@/lib/build-info'
import { CATEGORIES, lighthouseScores } from './bench/lighthouse'
import { serve } from './bench/pages'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'out' },
    port: { type: 'string', default: '4290' },
    all: { type: 'boolean', default: false },
  },
})
const dir = path.resolve(values.dir)
const sitemap = path.join(dir, 'sitemap.xml')
if (!fs.existsSync(sitemap)) {
  console.error(`${values.dir}/ has no sitemap.xml: build the site first (npm run build).`)
  process.exit(1)
}
const { basePath } = readBuildInfo(dir)

/** One page per kind: a kind is the first path segment and the depth (`/talks/` ≠ `/talks/x/`). */
function pagesOfEachKind(xml: string): Map<string, string> {
  const kinds = new Map<string, string>()
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]!).pathname.slice(basePath.length) || '/')
    .sort()
  for (const page of paths) {
    const segments = page.split('/').filter(Boolean)
    const kind = values.all
      ? page
      : segments.length
        ? `${segments[0]}${'/…'.repeat(segments.length - 1)}`
        : 'home'
    if (!kinds.has(kind)) kinds.set(kind, page)
  }
  if (fs.existsSync(path.join(dir, '404.html'))) kinds.set('404 page', '/404.html')
  return kinds
}

const kinds = pagesOfEachKind(fs.readFileSync(sitemap, 'utf8'))
const server = await serve(dir, Number(values.port))
try {
  const origin = `${server.url}${basePath}`
  // The first page a fresh Chromium loads scores a little lower (a cold start): a warm-up run
  // of the home page comes first and is not reported.
  const scores = await lighthouseScores(
    Object.fromEntries([
      [' warm-up', `${origin}/`],
      ...[...kinds].map(([kind, page]) => [kind, origin + page]),
    ]),
  )
  const width = Math.max(...[...kinds.keys()].map((k) => k.length))
  console.log(`${'page kind'.padEnd(width)}  ${CATEGORIES.join(' / ')}`)
  for (const [kind, page] of kinds) {
    const s = scores[kind]!
    const line = CATEGORIES.map((c) => s[c]).join(' / ')
    // What kept a category below 100 (audits that only dent a score that still rounds to 100
    // are left out).
    const below = s.failing.filter((f) =>
      CATEGORIES.some((c) => s[c] < 100 && f.startsWith(`${c}:`)),
    )
    console.log(
      `${kind.padEnd(width)}  ${line}  ${page}${below.length ? `  (${below.join('; ')})` : ''}`,
    )
  }
} finally {
  server.stop()
}
