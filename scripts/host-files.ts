import fs from 'node:fs'
import path from 'node:path'
import { writeBuildInfo } from '@/lib/build-info'
import type { SiteConfig } from '@/lib/content'

/**
 * Files that static hosts read from the exported folder rather than serve as pages. Returns
 * warnings for the build to print.
 *
 * - `.nojekyll`: GitHub Pages, when deploying from a branch, runs Jekyll, which drops folders
 *   starting with `_` (all of `_next/`). Deploying with GitHub Actions skips Jekyll anyway.
 * - `CNAME`: the custom domain, when site.yaml names one. A custom domain serves the site at its
 *   root, so a build with a base path leaves it out rather than publish a contradiction.
 */
export function writeHostFiles(dir: string, site: SiteConfig, basePath: string): string[] {
  const warnings: string[] = []
  fs.writeFileSync(path.join(dir, '.nojekyll'), '')
  if (site.domain && basePath)
    warnings.push(
      `site.yaml names the custom domain ${site.domain}, but BASE_PATH=${basePath}: a custom domain serves the site at its root, so no CNAME was written.`,
    )
  else if (site.domain) fs.writeFileSync(path.join(dir, 'CNAME'), `${site.domain}\n`)
  writeBuildInfo(dir, { basePath })
  return warnings
}
