import fs from 'node:fs'
import path from 'node:path'
import type { SiteContent } from '@/lib/content'
import { copyPostAssets, writeRedirects } from './postbuild-posts'

/**
 * Files Next.js cannot export beside a page route, written into the staged export:
 * the bibliography as `/publications.bib` and each entry as `/publications/<key>.bib`.
 */
function writeBibliography(dir: string, content: SiteContent): void {
  const publications = content.publications ?? []
  if (!publications.length) return
  const header = `% Publications of ${content.site.author.name} (${content.site.url})\n\n`
  fs.writeFileSync(
    path.join(dir, 'publications.bib'),
    header + publications.map((p) => p.bibtex).join('\n'),
  )
  for (const p of publications)
    fs.writeFileSync(path.join(dir, 'publications', `${p.key}.bib`), p.bibtex)
}

/** Sections whose content the site does not have are not published (their routes still export). */
function removeAbsentSections(dir: string, content: SiteContent): void {
  if (!content.publications)
    fs.rmSync(path.join(dir, 'publications'), { recursive: true, force: true })
  if (!content.oss) fs.rmSync(path.join(dir, 'oss'), { recursive: true, force: true })
}

/**
 * A dynamic route with nothing to export (no tags, no keywords) still exports a `404` placeholder
 * (lib/routes.ts, atLeastOne): Next.js's bare error page, which is no page of the site. Removed.
 */
function removePlaceholderPages(dir: string): void {
  for (const entry of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (path.basename(entry) !== '404' || path.dirname(entry) === '.') continue
    const page = path.join(dir, entry, 'index.html')
    if (
      fs.existsSync(page) &&
      /^<!DOCTYPE html><html id="__next_error__"/i.test(fs.readFileSync(page, 'utf-8'))
    )
      fs.rmSync(path.join(dir, entry), { recursive: true, force: true })
  }
}

export function postBuild(dir: string, content: SiteContent): void {
  removeAbsentSections(dir, content)
  removePlaceholderPages(dir)
  writeBibliography(dir, content)
  writeRedirects(dir, content)
  copyPostAssets(dir, content)
}
