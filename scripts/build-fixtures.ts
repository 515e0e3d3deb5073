/**
 * Builds the sites the browser tests serve besides out/, one after another (two Next.js builds at
 * once on a small machine slow each other down and race on shared files such as next-env.d.ts).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const FIXTURE_SITES = [
  // The original Jekyll About page, byte for byte.
  { out: '.build/sites/seed', env: { CONTENT_DIR: 'tests/fixtures/seed-site' } },
  // The real content, built for a GitHub project site.
  { out: '.build/sites/base-path', env: { BASE_PATH: '/site' } },
  // Posts that use every rendering feature: code, math, tables, footnotes, figures.
  { out: '.build/sites/render', env: { CONTENT_DIR: 'tests/fixtures/render-site' } },
  // A Jekyll site moved in by `npm run import:jekyll` (imported just before its build, below).
  {
    out: '.build/sites/jekyll-import',
    env: { CONTENT_DIR: '.build/jekyll-import/content', PUBLIC_DIR: '.build/jekyll-import/public' },
  },
  // One page with Google Analytics configured: the scripts and the CSP hosts appear.
  { out: '.build/sites/analytics', env: { CONTENT_DIR: 'tests/fixtures/analytics-site' } },
  // The same content again: two builds of the same sources must be byte-identical
  // (tests/e2e/reproducible.spec.ts compares them).
  { out: '.build/sites/render-again', env: { CONTENT_DIR: 'tests/fixtures/render-site' } },
  // Every text field holds `"><script>alert(1)</script>`: nothing may ever run.
  { out: '.build/sites/xss', env: { CONTENT_DIR: 'tests/fixtures/xss-site' } },
  // A researcher's posts: citations, a notebook, MLIR.
  { out: '.build/sites/research', env: { CONTENT_DIR: 'tests/fixtures/research-site' } },
  // A researcher's site with every optional section: talks, news, CV, projects, teaching.
  { out: '.build/sites/sections', env: { CONTENT_DIR: 'tests/fixtures/sections-site' } },
]

// A fresh import each time, with its report as JSON for the browser test that visits every old URL.
fs.rmSync('.build/jekyll-import', { recursive: true, force: true })
const imported = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    'scripts/import-jekyll.ts',
    'tests/fixtures/jekyll-site',
    '--into',
    '.build/jekyll-import/content',
    '--report-json',
    '.build/jekyll-import/report.json',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
)
if (imported.status !== 0) process.exit(imported.status ?? 1)

function build(out: string, env: Record<string, string | undefined>, log?: string): void {
  console.log(
    `Building ${out} (${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')})`,
  )
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', out], {
    stdio: ['ignore', log ? 'pipe' : 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  })
  if (log) fs.writeFileSync(log, run.stdout)
  if (run.status !== 0) process.exit(run.status ?? 1)
}

for (const site of FIXTURE_SITES) build(site.out, site.env)

// Page reuse (scripts/reuse-pages.ts): a copy of the render fixture with one post edited is built,
// then the copy as the fixture has it, into the same folder; the second build takes the other post
// pages from the first. tests/e2e/reproducible.spec.ts compares its pages with a fresh build's.
const REUSE_SITE = '.build/sites/render-reuse'
const reuseContent = '.build/render-reuse-content'
for (const edited of [true, false]) {
  fs.rmSync(reuseContent, { recursive: true, force: true })
  fs.cpSync('tests/fixtures/render-site', reuseContent, { recursive: true })
  if (edited)
    fs.appendFileSync(
      path.join(reuseContent, 'posts/2026-01-04-photo/index.md'),
      '\nA sentence that only the first build has.\n',
    )
  build(REUSE_SITE, { CONTENT_DIR: reuseContent }, edited ? undefined : `${REUSE_SITE}.log`)
}
