import fs from 'node:fs'
import path from 'node:path'
import { GA4_BOOTSTRAP_PATH } from '@/lib/analytics'
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

/** GA4's bootstrap script (see components/enhance/ga4.js), published only when GA4 is configured. */
function writeAnalyticsBootstrap(dir: string, content: SiteContent): void {
  if (content.site.analytics?.provider === 'ga4')
    fs.copyFileSync(path.resolve('components/enhance/ga4.js'), path.join(dir, GA4_BOOTSTRAP_PATH))
}

export function postBuild(dir: string, content: SiteContent): void {
  removeAbsentSections(dir, content)
  writeBibliography(dir, content)
  writeRedirects(dir, content)
  copyPostAssets(dir, content)
  writeAnalyticsBootstrap(dir, content)
}
