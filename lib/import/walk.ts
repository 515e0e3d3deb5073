import fs from 'node:fs'
import path from 'node:path'
import type { ImportNote } from './report'
import { resolveInside } from '@/lib/content/roots'

// Never part of the built site: Jekyll's own output and caches, and what Jekyll 4 excludes by
// default (Configuration::DEFAULTS["exclude"]). Everything else Jekyll publishes (a README, a
// LICENSE, the layout's vendor/css), so the site does too: every old URL keeps answering.
const IGNORED_DIRS = new Set([
  '_site',
  '.git',
  '.github',
  'node_modules',
  '.jekyll-cache',
  '.sass-cache',
  '.bundle',
  'gemfiles',
])
const IGNORED_PREFIXES = ['vendor/bundle/', 'vendor/cache/', 'vendor/gems/', 'vendor/ruby/']
const REPOSITORY_FILES = /^(Gemfile(\.lock)?|CNAME|_config.*\.ya?ml)$/i
const DOCUMENT = /\.(md|markdown|mkdn|mkd|html)$/

/**
 * `_config.yml`'s `collections_dir:` (`my_collections`), where `_posts/`, `_drafts/` and every
 * other collection's folder are; '' when the collections are at the top.
 */
export function collectionsDir(config: Record<string, unknown>): string {
  const dir = typeof config.collections_dir === 'string' ? config.collections_dir : ''
  return dir.trim().replace(/^\.?\/+|\/+$/g, '')
}

/** A file's path below `collections_dir` (`my_collections/_posts/a.md` → `_posts/a.md`). */
export function withinCollections(rel: string, config: Record<string, unknown>): string {
  const dir = collectionsDir(config)
  return dir && rel.startsWith(`${dir}/`) ? rel.slice(dir.length + 1) : rel
}

export interface SiteFiles {
  /** Candidates for posts, drafts and pages (files with front matter are documents). */
  documents: { rel: string; kind: 'post' | 'draft' | 'page' }[]
  /** Files Jekyll copies as they are: they go to public/ at the same path. */
  statics: string[]
  /** The bibliography, preferring al-folio's `_bibliography/`. */
  bibliography?: string
  notes: ImportNote[]
}

/**
 * Sorts a Jekyll site's files the way Jekyll does: `_posts/` (also `category/_posts/`) and
 * `_drafts/`, pages (with front matter), static files; other `_folders`, dot files and the
 * config's `exclude:` list are not published.
 */
export function listSiteFiles(siteDir: string, config: Record<string, unknown>): SiteFiles {
  const exclude = (Array.isArray(config.exclude) ? config.exclude : [])
    .map(String)
    .map((e) => e.replace(/^\/|\/$/g, ''))
  const include = new Set((Array.isArray(config.include) ? config.include : []).map(String))
  const files: SiteFiles = { documents: [], statics: [], notes: [] }
  const bibs: string[] = []
  const entries = fs.readdirSync(siteDir, { recursive: true, withFileTypes: true })
  const rels = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(siteDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
  for (const rel of rels) {
    const parts = rel.split('/')
    if (parts.some((p) => IGNORED_DIRS.has(p)) || IGNORED_PREFIXES.some((p) => rel.startsWith(p)))
      continue
    if (rel.endsWith('.bib')) bibs.push(rel)
    if (
      exclude.some(
        (e) =>
          rel === e ||
          rel.startsWith(`${e}/`) ||
          (e.includes('*') &&
            new RegExp(`^${e.replace(/\./g, '\\.').replace(/\*/g, '.*')}$`).test(rel)),
      )
    )
      continue
    // Posts and drafts are in collections_dir when the site has one (below it, folders above
    // `_posts/` are categories as usual).
    const inner = withinCollections(rel, config).split('/')
    const postsAt = inner.indexOf('_posts')
    const draftsAt = inner.indexOf('_drafts')
    if (
      postsAt >= 0 &&
      DOCUMENT.test(rel) &&
      inner.slice(0, postsAt).every((p) => !p.startsWith('_'))
    )
      files.documents.push({ rel, kind: 'post' })
    else if (draftsAt === 0 && DOCUMENT.test(rel)) files.documents.push({ rel, kind: 'draft' })
    else if (parts.some((p) => /^[_.#~]/.test(p) && !include.has(p))) continue
    else if (parts.length === 1 && REPOSITORY_FILES.test(rel))
      files.notes.push({
        file: rel,
        line: 0,
        kind: 'skipped',
        message: 'a repository file, not part of the site',
      })
    else if (DOCUMENT.test(rel)) files.documents.push({ rel, kind: 'page' })
    else if (/^---[ \t]*\r?\n/.test(fs.readFileSync(path.join(siteDir, rel), 'latin1').slice(0, 8)))
      files.notes.push({
        file: rel,
        line: 0,
        kind: 'skipped',
        message: 'processed by Jekyll (front matter): the site makes its own stylesheets and feeds',
      })
    else files.statics.push(rel)
  }
  files.bibliography = bibs.find((b) => b.startsWith('_bibliography/')) ?? bibs[0]
  if (bibs.length > 1)
    files.notes.push({
      file: files.bibliography!,
      line: 0,
      kind: 'flagged',
      message: `${bibs.length} BibTeX files (${bibs.join(', ')}); this one became content/publications.bib`,
    })
  return files
}

/**
 * The text of a file an include names, when it is a file inside the site. Like Jekyll, a name
 * that climbs (`../`) or repeats dots and slashes is refused, and so is a link leading out of
 * the site: no file from elsewhere on the machine ends up in a page.
 */
export function readInsideSite(siteDir: string, name: string, file: string): string | undefined {
  if (/[./]{2,}/.test(name) || path.isAbsolute(name)) return undefined
  const real = resolveInside(file, [fs.realpathSync(siteDir)])
  if (!real) return undefined
  try {
    return fs.statSync(real).isFile() ? fs.readFileSync(real, 'utf8') : undefined
  } catch {
    return undefined
  }
}
