import fs from 'node:fs'
import path from 'node:path'
import { basePath } from '@/lib/base-path'
import type { SiteContent } from '@/lib/content'
import { publicDir } from '@/lib/markdown/public-files'
import { checkOutput } from '../../output/check'
import { pageHashes } from '../../output/html'
import type { PageLinks } from '../../output/links'
import type { Build } from '../context'

/**
 * The checks on exactly what will be published. A problem stops the build, and the export is kept
 * for inspection in .build/rejected (`npm run check:output -- .build/rejected` checks it again).
 * Returns the pages' hashes (they also go into the reuse manifest).
 */
export async function checkExport(
  build: Build,
  content: SiteContent,
  links: Map<string, PageLinks>,
): Promise<Map<string, string>> {
  const hashes = pageHashes(build.stage)
  const problems = await checkOutput(build.stage, basePath, {
    external: build.checkExternal,
    links,
    hashes,
    // An author's old markup in a page's body (or a public HTML file) warns; templates must pass.
    sources: {
      publicDirs: [...new Set([publicDir(), path.resolve('public')])],
      sourceOf: (page) =>
        [...content.pages, ...content.posts].find(
          (p) => `${p.url.replace(/^\/+/, '')}index.html` === page,
        )?.document.file,
    },
    warn: (warning) => build.warn(warning),
  })
  if (problems.length) {
    const rejected = path.resolve('.build', 'rejected')
    fs.rmSync(rejected, { recursive: true, force: true })
    fs.renameSync(build.stage, rejected)
    for (const problem of problems) console.error(problem)
    console.error(
      `\n${problems.length} problem(s) in the exported pages (kept in ${path.relative(process.cwd(), rejected)}/): ${build.out}/ was left as it was.`,
    )
    process.exit(1)
  }
  return hashes
}
