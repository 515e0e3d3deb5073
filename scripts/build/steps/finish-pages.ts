import { siteSources } from '@/lib/content-sources'
import { basePath } from '@/lib/base-path'
import type { SiteContent } from '@/lib/content'
import { finishExport } from '../../output/finish-pages'
import { removePayloads } from '../../strip-runtime'
import type { Build } from '../context'

/**
 * The last change to the pages, so that it sees every page the steps before wrote: the Next.js
 * runtime comes out of the pages that need no hydration, every page gets its policy; then the RSC
 * payloads go, since only the Next.js router reads them, and only pages that hydrate run it.
 * `reused` pages, taken from the previous build, were finished then.
 */
export async function finishPages(
  build: Build,
  content: SiteContent,
  reused: string[],
  /** Pages whose payloads hold a placeholder for their body (./bodies.ts): theirs go too. */
  spliced: Set<string>,
) {
  const finished = await finishExport(
    build.stage,
    { basePath, extra: siteSources(content.site) },
    { done: new Set(reused) },
  )
  const payloads = removePayloads(build.stage, basePath, finished.hydrated, spliced)
  console.log(
    (reused.length ? `Took ${reused.length} unchanged post pages from the previous build. ` : '') +
      `Removed the Next.js runtime from ${finished.stripped} of ${finished.pages} pages` +
      (finished.hydrated.length
        ? `; kept for interactive components on ${finished.hydrated.join(', ')}`
        : '') +
      `; left out ${payloads.files} RSC payload files (${(payloads.bytes / 1024 / 1024).toFixed(1)} MiB) that no page reads`,
  )
  return { ...finished, pages: finished.pages + reused.length }
}
