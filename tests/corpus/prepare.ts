import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** The corpus of real Jekyll sites (beside the clone, as CI has it). */
export const CORPUS = path.resolve('../shared/corpus/jekyll')

/**
 * What each site needs for Debian's `jekyll build` to run at all, as the corpus README says:
 * minima builds with its repository's own config; jalammar's config has a Ruby symbol that Ruby
 * 3.1's YAML refuses; bamos names a plugin Debian does not package.
 */
const JEKYLL_SETUP: Record<
  string,
  { configs?: string[]; extra?: string; fix?: (c: string) => string }
> = {
  minima: { configs: ['_config_theme-dev.yml'] },
  jalammar: { fix: (config) => config.replace(/:\s+:(\w+)/g, ': $1') },
  bamos: { extra: 'plugins: [jekyll-sitemap]\n' },
}

export interface Prepared {
  dir: string
  content: string
  public: string
  out: string
  jekyllOut: string
  importReport: string
  /** What the build printed. */
  buildLog: string
  seconds: { import: number; build: number; jekyll: number }
}

function run(command: string, args: string[], env: Record<string, string> = {}, cwd?: string) {
  const started = performance.now()
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`,
    )
  return { seconds, stdout: result.stdout }
}

/** Jekyll's own output of the site, built from a scratch copy (the corpus is never written to). */
function buildJekyll(site: string, dir: string): { out: string; seconds: number } {
  const scratch = path.join(dir, 'jekyll-src')
  const out = path.join(dir, 'jekyll-out')
  fs.rmSync(scratch, { recursive: true, force: true })
  fs.rmSync(out, { recursive: true, force: true })
  fs.cpSync(path.join(CORPUS, site), scratch, { recursive: true })
  const setup = JEKYLL_SETUP[site] ?? {}
  const configFile = path.join(scratch, '_config.yml')
  if (setup.fix) fs.writeFileSync(configFile, setup.fix(fs.readFileSync(configFile, 'utf8')))
  const configs = setup.configs ?? ['_config.yml']
  if (setup.extra) {
    fs.writeFileSync(path.join(scratch, '_config_corpus_test.yml'), setup.extra)
    configs.push('_config_corpus_test.yml')
  }
  const { seconds } = run(
    'jekyll',
    ['build', '--disable-disk-cache', '--config', configs.join(','), '-d', out],
    { JEKYLL_NO_BUNDLER_REQUIRE: 'true' },
    scratch,
  )
  return { out, seconds }
}

/**
 * Imports the site into an empty content folder and builds it, as a new user would.
 * CORPUS_REUSE=1 keeps what the last run built (to look into one failing check quickly).
 */
export function prepare(site: string): Prepared {
  const dir = path.resolve('.build/corpus', site)
  const times = path.join(dir, 'times.json')
  if (process.env.CORPUS_REUSE === '1' && fs.existsSync(times))
    return {
      dir,
      content: path.join(dir, 'content'),
      public: path.join(dir, 'public'),
      out: path.join(dir, 'out'),
      importReport: path.join(dir, 'import-report.txt'),
      buildLog: path.join(dir, 'build.log'),
      jekyllOut: path.join(dir, 'jekyll-out'),
      seconds: JSON.parse(fs.readFileSync(times, 'utf8')) as Prepared['seconds'],
    }
  fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true })
  fs.rmSync(path.join(dir, 'public'), { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const p = {
    dir,
    content: path.join(dir, 'content'),
    public: path.join(dir, 'public'),
    out: path.join(dir, 'out'),
    importReport: path.join(dir, 'import-report.txt'),
    buildLog: path.join(dir, 'build.log'),
  }
  const tsx = path.resolve('node_modules/.bin/tsx')
  const imported = run(tsx, [
    'scripts/import-jekyll.ts',
    path.join(CORPUS, site),
    '--into',
    p.content,
    '--public',
    p.public,
    '--report',
    p.importReport,
  ])
  const built = run(tsx, ['scripts/build.ts', '--out', p.out], {
    CONTENT_DIR: p.content,
    PUBLIC_DIR: p.public,
  })
  fs.writeFileSync(p.buildLog, built.stdout)
  const jekyll = buildJekyll(site, dir)
  const seconds = { import: imported.seconds, build: built.seconds, jekyll: jekyll.seconds }
  fs.writeFileSync(path.join(dir, 'times.json'), `${JSON.stringify(seconds)}\n`)
  return { ...p, jekyllOut: jekyll.out, seconds }
}
