import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { convertBody } from './convert'
import { MARKDOWN_EXT, type JekyllDocument } from './documents'
import { readFrontMatter, writeDocument } from './front-matter'
import type { LegacyOptions } from './legacy-html'
import type { LiquidImportContext } from './liquid'
import { bodyMath } from './dollar-math'
import { pageMath } from './page-math'
import { canonicalUrl } from './permalink'
import type { ImportNote, UrlMove } from './report'
import { collectionsDir, withinCollections } from './walk'
import { planCv } from './sections-cv'
import {
  mapNews,
  mapProject,
  mapPublications,
  mapTalk,
  mapTeaching,
  type CollectionDoc,
} from './sections-map'

/**
 * The sections academic Jekyll themes keep in collections and data files (academicpages'
 * `_talks`, `_teaching`, `_portfolio`, `_publications`; al-folio's `_news`, `_projects`,
 * `_data/cv.yml`, `assets/json/resume.json`), moved into the site's own sections: talks.yaml,
 * news.yaml, cv.yaml, projects/ and teaching/ (README, "Sections"). Every old URL is kept, as the
 * new one or a redirect; whatever has no place is reported at its line.
 */
export interface SectionContext {
  siteDir: string
  config: Record<string, unknown>
  /** The site's pages, before their bodies are converted: a section's old index page is trimmed. */
  pages: JekyllDocument[]
  liquid: LiquidImportContext
  legacy: Omit<LegacyOptions, 'baseDir'>
}

export interface SectionPlan {
  files: { target: string; data: string | Buffer }[]
  notes: ImportNote[]
  urls: UrlMove[]
  /** Old URLs that now lead elsewhere (site.yaml `redirects`). */
  redirects: { from: string; to: string }[]
  /** The sections that now have content, for the navigation. */
  nav: { title: string; url: string }[]
}

// Each collection the themes use, and the section it becomes.
const MAPPED = {
  talks: 'talks',
  news: 'news',
  projects: 'projects',
  portfolio: 'projects',
  teaching: 'teaching',
  publications: 'publications',
} as const
const TITLES = {
  talks: 'Talks',
  news: 'News',
  projects: 'Projects',
  teaching: 'Teaching',
  cv: 'CV',
  publications: 'Publications',
}

// The sections whose pages are generated one per item: no redirect can be placed below them.
const SECTION_PAGES = /^\/(talks|projects|publications)\/./

export function planSections(ctx: SectionContext): SectionPlan {
  const plan: SectionPlan = { files: [], notes: [], urls: [], redirects: [], nav: [] }
  const filled = new Set<keyof typeof TITLES>()
  const convert = (doc: CollectionDoc) => {
    const body = convertBody(doc.body, {
      file: doc.source,
      bodyLine: doc.bodyLine,
      html: !MARKDOWN_EXT.test(doc.source),
      scriptBase: `assets/js/imported/${doc.collection}-${doc.name}`,
      liquid: ctx.liquid,
      ...bodyMath(pageMath(ctx.siteDir, doc.data, doc.body, ctx.config)),
      legacy: { ...ctx.legacy, baseDir: doc.oldUrl?.replace(/[^/]*$/, '') ?? '/' },
    })
    plan.notes.push(...body.notes)
    for (const s of body.moved) plan.files.push({ target: `public/${s.file}`, data: s.text })
    return body.text.trim()
  }
  const flag = (file: string, line: number, message: string) =>
    plan.notes.push({ file, line, kind: 'flagged', message })

  const byCollection = readCollections(ctx, plan)
  const talks = (byCollection.get('talks') ?? []).flatMap((d) => mapTalk(d, convert, flag) ?? [])
  const news = (byCollection.get('news') ?? []).flatMap((d) => mapNews(d, convert, flag) ?? [])
  const projects = [
    ...(byCollection.get('projects') ?? []),
    ...(byCollection.get('portfolio') ?? []),
  ].flatMap((d) => mapProject(d, convert, flag) ?? [])
  const teaching = (byCollection.get('teaching') ?? []).flatMap(
    (d) => mapTeaching(d, convert, flag) ?? [],
  )
  const publications = mapPublications(byCollection.get('publications') ?? [], convert, flag)

  const seen = new Set<string>()
  for (const t of talks) {
    let slug = t.entry.slug as string
    for (let n = 2; seen.has(slug); n++) slug = `${t.entry.slug}-${n}`
    seen.add(slug)
    t.entry.slug = slug
    t.url = `/talks/${slug}/`
  }
  const write = (target: string, data: string) => plan.files.push({ target, data })
  const header = (what: string) =>
    `# Imported by npm run import:jekyll from the Jekyll site's ${what}.\n`
  if (talks.length) {
    filled.add('talks')
    write(
      'content/talks.yaml',
      header('_talks') +
        YAML.stringify(
          talks.map((t) => t.entry),
          { lineWidth: 0 },
        ),
    )
  }
  if (news.length) {
    filled.add('news')
    write(
      'content/news.yaml',
      header('_news') +
        YAML.stringify(
          news.map((n) => n.entry),
          { lineWidth: 0 },
        ),
    )
  }
  for (const p of news.flatMap((n) => n.page ?? []))
    write(`content/pages/news/${p.name}.md`, writeDocument(p.front, p.body))
  for (const p of projects) {
    filled.add('projects')
    write(`content/projects/${p.slug}.md`, writeDocument(p.front, p.body))
  }
  for (const c of teaching) {
    filled.add('teaching')
    write(`content/teaching/${c.name}.md`, writeDocument(c.front, c.body))
  }
  const moved = [...talks, ...news, ...projects, ...teaching, ...publications.moved]
  for (const m of moved) {
    if (!m.doc.oldUrl) continue
    const { url } = canonicalUrl(m.doc.oldUrl)
    if (url !== m.url) {
      // Below a section's own pages (/talks/<slug>/) the site cannot place a redirect: the
      // mapper has flagged the lost URL already.
      if (SECTION_PAGES.test(url)) continue
      plan.redirects.push({ from: url, to: m.url })
    }
    plan.urls.push({ old: m.doc.oldUrl, new: m.url, title: m.title, source: m.doc.source })
  }
  if (publications.bib) {
    filled.add('publications')
    if (fs.existsSync(path.join(ctx.siteDir, '_bibliography')) || hasBib(ctx.siteDir))
      flag(
        '_publications',
        0,
        'the site has a .bib too: _publications/ was not written into content/publications.bib; merge the entries by hand',
      )
    else write('content/publications.bib', publications.bib)
  }

  const cv = planCv(ctx.siteDir, ctx.config)
  plan.notes.push(...cv.notes)
  if (cv.yaml) {
    filled.add('cv')
    write('content/cv.yaml', cv.yaml)
  }
  reportData(ctx.siteDir, cv.used, plan)
  trimIndexPages(ctx.pages, filled, plan)
  for (const key of filled) plan.nav.push({ title: TITLES[key], url: `/${key}/` })
  return plan
}

/** The documents of every collection under `_<name>/`; collections with no section are reported. */
function readCollections(ctx: SectionContext, plan: SectionPlan): Map<string, CollectionDoc[]> {
  const declared = ctx.config.collections
  const names = new Set<string>([
    ...Object.keys(MAPPED),
    ...(Array.isArray(declared)
      ? declared.map(String)
      : Object.keys((declared as Record<string, unknown> | undefined) ?? {})),
  ])
  const result = new Map<string, CollectionDoc[]>()
  for (const name of names) {
    if (name === 'posts') continue
    const dir = path.join(ctx.siteDir, collectionsDir(ctx.config), `_${name}`)
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) continue
    const files = fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(md|markdown|html)$/.test(e.name))
      .map((e) => path.relative(ctx.siteDir, path.join(e.parentPath, e.name)).split(path.sep))
      .map((parts) => parts.join('/'))
      .filter((rel) => !rel.split('/').some((p) => p.startsWith('.')))
      .sort()
    const section = MAPPED[name as keyof typeof MAPPED]
    if (!section) {
      // One Jekyll published becomes pages (collectionPages); one it did not is only data.
      if (files.length && !collectionMeta(ctx.config, name).output)
        plan.notes.push({
          file: `${path.relative(ctx.siteDir, dir).split(path.sep).join('/')}/`,
          line: 0,
          kind: 'skipped',
          message: `collection "${name}" (${files.length} documents) is not published by Jekyll (no output: true): not imported`,
        })
      continue
    }
    const meta = collectionMeta(ctx.config, name)
    const docs: CollectionDoc[] = []
    for (const rel of files) {
      const text = fs.readFileSync(path.join(ctx.siteDir, rel), 'utf8').replace(/\r\n?/g, '\n')
      const fm = readFrontMatter(text)
      if (!fm) {
        plan.notes.push({
          file: rel,
          line: 0,
          kind: 'skipped',
          message: 'no front matter: Jekyll does not publish it',
        })
        continue
      }
      const base = path.posix.basename(rel).replace(/\.[^.]+$/, '')
      const inner = withinCollections(rel, ctx.config)
        .slice(`_${name}/`.length)
        .replace(/\.[^.]+$/, '')
      docs.push({
        collection: name as CollectionDoc['collection'],
        ...fm,
        text,
        source: rel,
        name: base,
        oldUrl: meta.output ? collectionUrl(ctx.config, meta, base, inner, fm.data) : undefined,
      })
    }
    result.set(name, docs)
  }
  return result
}

/**
 * The documents of each collection Jekyll published (`output: true`) that has no section here
 * (`_notes/`, `_tutorials/`): each becomes a page at the URL Jekyll gave it.
 */
export function collectionPages(
  siteDir: string,
  config: Record<string, unknown>,
): { rel: string; collection: string; url: string }[] {
  const declared = config.collections
  if (!declared || typeof declared !== 'object' || Array.isArray(declared)) return []
  const pages: { rel: string; collection: string; url: string }[] = []
  for (const name of Object.keys(declared)) {
    const meta = collectionMeta(config, name)
    if (name === 'posts' || name in MAPPED || !meta.output) continue
    const dir = path.join(siteDir, collectionsDir(config), `_${name}`)
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) continue
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(md|markdown|html)$/.test(entry.name)) continue
      const rel = path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep)
      if (rel.some((p) => p.startsWith('.'))) continue
      const file = rel.join('/')
      const text = fs.readFileSync(path.join(siteDir, file), 'utf8')
      const fm = readFrontMatter(text.replace(/\r\n?/g, '\n'))
      if (!fm) continue
      const inner = withinCollections(file, config)
        .slice(`_${name}/`.length)
        .replace(/\.[^.]+$/, '')
      const base = path.posix.basename(file).replace(/\.[^.]+$/, '')
      pages.push({
        rel: file,
        collection: name,
        url: collectionUrl(config, meta, base, inner, fm.data),
      })
    }
  }
  return pages.sort((a, b) => a.rel.localeCompare(b.rel))
}

function collectionMeta(config: Record<string, unknown>, name: string) {
  const declared = config.collections
  const meta =
    declared && typeof declared === 'object' && !Array.isArray(declared)
      ? ((declared as Record<string, unknown>)[name] as Record<string, unknown> | undefined)
      : undefined
  return {
    name,
    output: meta?.output === true,
    permalink: typeof meta?.permalink === 'string' ? meta.permalink : undefined,
  }
}

/**
 * Jekyll's URL of a collection document: its `permalink`, else the collection's, else
 * `/:collection/:path` with the suffix of the site's permalink style (Utils.add_permalink_suffix).
 */
function collectionUrl(
  config: Record<string, unknown>,
  meta: { name: string; permalink?: string },
  name: string,
  inner: string,
  data: Record<string, unknown>,
): string {
  const style = typeof config.permalink === 'string' ? config.permalink : 'date'
  const suffix =
    style === 'pretty' || (!['date', 'ordinal', 'none'].includes(style) && style.endsWith('/'))
      ? '/'
      : style.endsWith(':output_ext') || ['date', 'ordinal', 'none'].includes(style)
        ? ':output_ext'
        : ''
  const pattern =
    typeof data.permalink === 'string'
      ? data.permalink
      : (meta.permalink ?? `/:collection/:path${suffix}`)
  const url = pattern
    .replace(/:collection/g, meta.name)
    .replace(/:path/g, inner)
    .replace(/:(name|title|slug)/g, name)
    .replace(/:output_ext/g, '.html')
  return `/${url}`.replace(/\/{2,}/g, '/')
}

function hasBib(siteDir: string): boolean {
  return fs.readdirSync(siteDir).some((f) => f.endsWith('.bib'))
}

const KNOWN_DATA = /^_data\/(navigation|socials|ui-text|authors|repositories)\.ya?ml$/

/** `_data/` files the site has no use for are listed, so nothing goes unmentioned. */
function reportData(siteDir: string, used: string[], plan: SectionPlan) {
  const dir = path.join(siteDir, '_data')
  if (!fs.existsSync(dir)) return
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const rel = path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep)
    const file = rel.join('/')
    if (used.includes(file)) continue
    plan.notes.push({
      file,
      line: 0,
      kind: KNOWN_DATA.test(file) ? 'skipped' : 'flagged',
      message: KNOWN_DATA.test(file)
        ? "the theme's data (menus, profiles, labels): site.yaml's nav and author links replace it"
        : 'a data file the site has no section for: not imported',
    })
  }
}

/**
 * A page at a section's URL (al-folio's `_pages/projects.md`, academicpages' `talks.html`) lists
 * the collection with Liquid; the section lists it now, so such a page keeps only its title as
 * the section's introduction. A page with text of its own keeps it, flagged for a look.
 */
function trimIndexPages(pages: JekyllDocument[], filled: Set<string>, plan: SectionPlan) {
  for (const page of pages) {
    const section = page.url.replace(/^\/|\/$/g, '')
    if (!filled.has(section)) continue
    if (
      /\{%-?\s*(for|assign|include|bibliography)\b|site\.(talks|news|projects|portfolio|teaching|publications|data)\b/.test(
        page.body,
      )
    ) {
      page.body = ''
      plan.notes.push({
        file: page.source,
        line: page.bodyLine,
        kind: 'converted',
        message: `the Liquid that listed this section was dropped: the site's own ${page.url} lists it; the page's title stays as its introduction`,
      })
    } else if (page.body.trim())
      plan.notes.push({
        file: page.source,
        line: page.bodyLine,
        kind: 'flagged',
        message: `this page's text now introduces the site's own ${page.url}, which lists the imported ${section}: remove what it repeats`,
      })
    // al-folio's CV page names its PDF (a file in assets/pdf/, or an address): a link keeps it.
    const pdf = typeof page.data.cv_pdf === 'string' ? page.data.cv_pdf.trim() : ''
    if (section === 'cv' && pdf) {
      const href = /^(https?:)?\/|^\w+:/.test(pdf) ? pdf : `/assets/pdf/${pdf}`
      page.body = `${page.body.trimEnd()}\n\n[The CV as a PDF](${href})\n`
      plan.notes.push({
        file: page.source,
        line: 0,
        kind: 'converted',
        message: `cv_pdf became a link to ${href} in the page's text`,
      })
    }
  }
}

/** The imported navigation, with each section that now has content and was not listed yet. */
export function withSections(
  nav: { title: string; url: string }[],
  sections: { title: string; url: string }[],
): { title: string; url: string }[] {
  return [...nav, ...sections.filter((s) => !nav.some((n) => n.url === s.url))]
}

// al-folio's BibTeX names its files bare (`pdf = {paper.pdf}`), and its layout finds them in assets/pdf/.
const BARE_FILE = /^(\s*(pdf|slides|poster|supp)\s*=\s*[{"])([^{}"/:\s]+)([}"])/gim

/** A bibliography with al-folio's bare file names made site paths, when the file is there. */
export function bibliographyPaths(
  siteDir: string,
  file: string,
  data: Buffer,
  notes: ImportNote[],
): Buffer | string {
  const text = data.toString('utf8')
  let changed = false
  const out = text.replace(
    BARE_FILE,
    (all, head: string, _f, name: string, tail: string, at: number) => {
      if (!fs.existsSync(path.join(siteDir, 'assets', 'pdf', name))) return all
      changed = true
      notes.push({
        file,
        line: text.slice(0, at).split('\n').length,
        kind: 'converted',
        message: `${name} (al-folio's assets/pdf/) became /assets/pdf/${name}`,
      })
      return `${head}/assets/pdf/${name}${tail}`
    },
  )
  return changed ? out : data
}
