/**
 * Builds the sites the browser tests serve besides out/, one after another (two Next.js builds at
 * once on a small machine slow each other down and race on shared files such as next-env.d.ts).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The images the fixtures show (a picture, badges), so that they do not depend on what public/
 * holds: a fork's `npm run init` empties it.
 */
const FIXTURE_PUBLIC = 'tests/fixtures/public'
const FULL_SITE = { CONTENT_DIR: 'tests/fixtures/full-site/content', PUBLIC_DIR: FIXTURE_PUBLIC }
const RENDER_SITE = { CONTENT_DIR: 'tests/fixtures/render-site', PUBLIC_DIR: FIXTURE_PUBLIC }

const INIT_SITE = '.build/init-site'
export const THEME_SITES = ['al-folio', 'academicpages'] as const

export const FIXTURE_SITES = [
  // The original Jekyll About page, byte for byte.
  {
    out: '.build/sites/seed',
    env: { CONTENT_DIR: 'tests/fixtures/seed-site', PUBLIC_DIR: FIXTURE_PUBLIC },
  },
  // The whole-site fixture (below), built for a GitHub project site.
  { out: '.build/sites/base-path', env: { ...FULL_SITE, BASE_PATH: '/site' } },
  // Posts that use every rendering feature: code, math, tables, footnotes, figures.
  { out: '.build/sites/render', env: RENDER_SITE },
  // A Jekyll site moved in by `npm run import:jekyll` (imported just before its build, below).
  {
    out: '.build/sites/jekyll-import',
    env: { CONTENT_DIR: '.build/jekyll-import/content', PUBLIC_DIR: '.build/jekyll-import/public' },
  },
  // One page with Google Analytics configured: the scripts and the CSP hosts appear.
  { out: '.build/sites/analytics', env: { CONTENT_DIR: 'tests/fixtures/analytics-site' } },
  // The same content again: two builds of the same sources must be byte-identical
  // (tests/e2e/reproducible.spec.ts compares them).
  { out: '.build/sites/render-again', env: RENDER_SITE },
  // Every text field holds `"><script>alert(1)</script>`: nothing may ever run.
  { out: '.build/sites/xss', env: { CONTENT_DIR: 'tests/fixtures/xss-site' } },
  // A researcher's posts: citations, a notebook, MLIR.
  { out: '.build/sites/research', env: { CONTENT_DIR: 'tests/fixtures/research-site' } },
  // A researcher's site with every optional section: talks, news, CV, projects, teaching.
  { out: '.build/sites/sections', env: { CONTENT_DIR: 'tests/fixtures/sections-site' } },
  // Every section filled (About, posts, publications, open source): the behaviour tests' site.
  { out: '.build/sites/full', env: FULL_SITE },
  // The smallest valid site (site.yaml and one page), and one with posts only: the checks that hold
  // for any site (tests/e2e/any-site.spec.ts) run on these and on out/.
  { out: '.build/sites/minimal', env: { CONTENT_DIR: 'tests/fixtures/minimal-site' } },
  { out: '.build/sites/posts-only', env: { CONTENT_DIR: 'tests/fixtures/posts-only-site' } },
  // A fork just after `npm run init` (prepared below): tests/e2e/init.spec.ts greps it for the
  // original author's name.
  {
    out: '.build/sites/init',
    env: { CONTENT_DIR: `${INIT_SITE}/content`, PUBLIC_DIR: `${INIT_SITE}/public` },
  },
  // Sites in al-folio's and academicpages' shapes, moved in by the import (below): their talks,
  // news, CV, projects and teaching become the site's sections (tests/e2e/import-sections.spec.ts).
  ...THEME_SITES.map((theme) => ({
    out: `.build/sites/${theme}`,
    env: {
      CONTENT_DIR: `.build/import-${theme}/content`,
      PUBLIC_DIR: `.build/import-${theme}/public`,
    },
  })),
]

/**
 * Runs one step of the preparation quietly: the fixtures hold legacy markup and mistakes on
 * purpose, and their warnings are the tests' business (the specs check them), not a newcomer's.
 * A step that fails prints everything it said, and the preparation stops.
 */
function quietly(args: string[], env: Record<string, string | undefined> = {}): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  })
  if (run.status !== 0) {
    process.stdout.write(run.stdout ?? '')
    process.stderr.write(run.stderr ?? '')
    console.error(`${args.join(' ')} failed (exit ${run.status ?? run.signal})`)
    process.exit(run.status ?? 1)
  }
  return run.stdout
}

// A fresh import each time, with its report as JSON for the browser test that visits every old URL.
fs.rmSync('.build/jekyll-import', { recursive: true, force: true })
quietly([
  'scripts/import-jekyll.ts',
  'tests/fixtures/jekyll-site',
  '--into',
  '.build/jekyll-import/content',
  '--report-json',
  '.build/jekyll-import/report.json',
])
for (const theme of THEME_SITES) {
  const dir = `.build/import-${theme}`
  fs.rmSync(dir, { recursive: true, force: true })
  quietly([
    'scripts/import-jekyll.ts',
    `tests/fixtures/${theme}-site`,
    '--into',
    `${dir}/content`,
    '--report-json',
    `${dir}/report.json`,
  ])
}

// `npm run init` on a scratch copy of content/ and public/, as a new owner runs it in their fork.
fs.rmSync(INIT_SITE, { recursive: true, force: true })
for (const dir of ['content', 'public'])
  fs.cpSync(dir, path.join(INIT_SITE, dir), { recursive: true })
// --force: in a fork, content/ was itself written by init, which then refuses to run again.
quietly([
  'scripts/init.ts',
  '--force',
  '--dir',
  INIT_SITE,
  '--name',
  'Ada Example',
  '--url',
  'https://ada.example.org',
  '--role',
  'Compiler researcher',
  '--link',
  'GitHub=https://github.com/ada-example',
])

function build(out: string, env: Record<string, string | undefined>, log?: string): void {
  console.log(
    `Building ${out} (${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')})`,
  )
  const output = quietly(['scripts/build.ts', '--out', out], env)
  if (log) fs.writeFileSync(log, output)
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
  build(
    REUSE_SITE,
    { CONTENT_DIR: reuseContent, PUBLIC_DIR: FIXTURE_PUBLIC },
    edited ? undefined : `${REUSE_SITE}.log`,
  )
}
