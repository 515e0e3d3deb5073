import fs from 'node:fs'
import path from 'node:path'
import { GA4_BOOTSTRAP_PATH } from '@/lib/analytics'
import { publicDir } from '@/lib/markdown/public-files'
import type { SiteContent } from '@/lib/content'
import { publicationsLatex } from '@/lib/publications/latex'
import { copyPostAssets, writeRedirects } from './postbuild-posts'
import { publicationBibPath } from '@/lib/publications/model'

/**
 * Files Next.js cannot export beside a page route, written into the staged export:
 * the bibliography as `/publications.bib` and each entry as `/publications/<key>.bib`, and the
 * list as LaTeX at `/publications.tex` (an address the old Jekyll site served).
 */
function writeBibliography(dir: string, content: SiteContent): void {
  const publications = content.publications ?? []
  if (!publications.length) return
  const header = `% Publications of ${content.site.author.name} (${content.site.url})\n\n`
  fs.writeFileSync(
    path.join(dir, 'publications.bib'),
    header + publications.map((p) => p.bibtex).join('\n'),
  )
  fs.writeFileSync(
    path.join(dir, 'publications.tex'),
    publicationsLatex(publications, content.site),
  )
  for (const p of publications)
    fs.writeFileSync(path.join(dir, publicationBibPath(p.key)), p.bibtex)
}

/**
 * Sections whose content the site does not have are not published (their routes still export),
 * unless a content page has the section's URL: app/_section/without-data.tsx rendered that page.
 */
function removeAbsentSections(dir: string, content: SiteContent): void {
  const pageUrls = new Set(content.pages.map((p) => p.url))
  const absent: [boolean, string, string[]][] = [
    [!content.publications, '/publications/', ['publications']],
    [!content.oss, '/oss/', ['oss']],
    [!content.talks?.length, '/talks/', ['talks']],
    [!content.news?.length, '/news/', ['news', 'news.xml']],
    [!content.projects?.length, '/projects/', ['projects']],
    [!content.teaching?.length, '/teaching/', ['teaching']],
    [!content.cv, '/cv/', ['cv', 'cv.json']],
  ]
  for (const [missing, url, files] of absent) {
    if (!missing) continue
    // The section's page is the author's own page: keep it, drop only the section's data files.
    const keep = pageUrls.has(url) ? files[0] : undefined
    for (const f of files)
      if (f !== keep) removeAllBut(path.join(dir, f), path.join(publicDir(), f))
  }
}

/** Removes `target`, except what the author's public folder has at the same place (`own`). */
function removeAllBut(target: string, own: string): void {
  const stat = fs.statSync(own, { throwIfNoEntry: false })
  if (!stat) fs.rmSync(target, { recursive: true, force: true })
  else if (stat.isDirectory() && fs.existsSync(target))
    for (const entry of fs.readdirSync(target))
      removeAllBut(path.join(target, entry), path.join(own, entry))
}

/** Vendored libraries are published only when some page of this site loads them. */
function removeUnusedVendor(dir: string): void {
  const vendor = path.join(dir, 'vendor')
  if (!fs.existsSync(vendor)) return
  const pages = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
  // Only the project's own (app/vendor/<name>/route.ts): an imported site's vendor/ folder of
  // files its layout loads is the author's, published as it is.
  const own = new Set(fs.readdirSync(path.resolve('app/vendor')))
  const libs = fs.readdirSync(vendor).filter((name) => own.has(name))
  const used = new Set(
    libs.filter((lib) =>
      pages.some((e) =>
        fs.readFileSync(path.join(e.parentPath, e.name), 'utf8').includes(`/vendor/${lib}`),
      ),
    ),
  )
  // And what a used one loads itself (the Plotly stand-in fetches plotly.min.js), by the name
  // it has next to it.
  for (const lib of used)
    for (const other of libs)
      if (fs.readFileSync(path.join(vendor, lib), 'utf8').includes(`'${other}'`)) used.add(other)
  for (const lib of libs) if (!used.has(lib)) fs.rmSync(path.join(vendor, lib))
}

/**
 * A content folder with its own public/ (PUBLIC_DIR, as an imported site has): its files are
 * published like public/'s, at the same paths.
 */
function copyPublicDir(dir: string): void {
  const own = process.env.PUBLIC_DIR
  if (own && path.resolve(own) !== path.resolve('public')) fs.cpSync(own, dir, { recursive: true })
}

/** GA4's bootstrap script (see components/enhance/ga4.js), published only when GA4 is configured. */
function writeAnalyticsBootstrap(dir: string, content: SiteContent): void {
  if (content.site.analytics?.provider === 'ga4')
    fs.copyFileSync(path.resolve('components/enhance/ga4.js'), path.join(dir, GA4_BOOTSTRAP_PATH))
}

/**
 * A dynamic route with nothing to export (no tags, no keywords) still exports a `404` placeholder
 * (lib/routes.ts, atLeastOne): Next.js's bare error page, which is no page of the site. Removed;
 * at the top level (the catch-all route of a site with no extra pages) it lands on `/404/`, where
 * Next.js also writes the site's own 404 page, and whichever is written last wins: the site's
 * 404 page is put back.
 */
function removePlaceholderPages(dir: string): void {
  for (const entry of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (path.basename(entry) !== '404') continue
    const page = path.join(dir, entry, 'index.html')
    if (
      !fs.existsSync(page) ||
      !/^<!DOCTYPE html><html id="__next_error__"/i.test(fs.readFileSync(page, 'utf-8'))
    )
      continue
    const notFound = path.join(dir, '404.html')
    if (path.dirname(entry) === '.' && fs.existsSync(notFound)) fs.copyFileSync(notFound, page)
    else fs.rmSync(path.join(dir, entry), { recursive: true, force: true })
  }
}

/**
 * Folders the export holds nothing in: left by the steps above (a removed placeholder's
 * `posts/page/`, an unused `vendor/`) and by Next.js itself (an empty `_next/<build id>/`).
 */
function removeEmptyFolders(folder: string, root = folder): void {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true }))
    if (entry.isDirectory()) removeEmptyFolders(path.join(folder, entry.name), root)
  if (folder !== root && fs.readdirSync(folder).length === 0) fs.rmdirSync(folder)
}

export function postBuild(dir: string, content: SiteContent): void {
  copyPublicDir(dir)
  removeUnusedVendor(dir)
  removeAbsentSections(dir, content)
  removePlaceholderPages(dir)
  writeBibliography(dir, content)
  writeRedirects(dir, content)
  copyPostAssets(dir, content)
  writeAnalyticsBootstrap(dir, content)
  removeEmptyFolders(dir)
}
