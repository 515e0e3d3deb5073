import fs from 'node:fs'
import path from 'node:path'
import { BODIES_DIR_ENV } from '@/lib/set-aside-body'
import type { Build } from '../context'
import { run } from '../run'
import type { CheckedContent } from './content'

/** Exports the site with Next.js into the build's staging folder; a failure stops the build. */
export async function exportWithNext(build: Build, { plan, planFile }: CheckedContent) {
  fs.rmSync(build.stage, { recursive: true, force: true })
  fs.rmSync(build.bodies, { recursive: true, force: true })
  const next = await run(
    process.execPath,
    [path.resolve('node_modules/next/dist/bin/next'), 'build'],
    {
      // Through a filter that leaves out what only looks like a problem (../../next-output.ts).
      stdio: ['inherit', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // Piped, its output keeps its colours where ours has them.
        ...(process.stdout.isTTY && !process.env.NO_COLOR && { FORCE_COLOR: '1' }),
        GIBSONIC_DIST_DIR: path.relative(process.cwd(), build.stage),
        [BODIES_DIR_ENV]: build.bodies,
        ...(plan && { GIBSONIC_REUSE_PLAN: planFile }),
        NEXT_TELEMETRY_DISABLED: '1',
        // Turbopack's allocator (mimalloc) keeps the memory of the finished compilation unless
        // told to give freed pages back at once: with this, the next build process shrinks from
        // about 0.9 GB to 0.25 GB while the pages are generated, which is when the build's memory
        // peaks.
        MIMALLOC_PURGE_DELAY: '0',
        MIMALLOC_PURGE_DECOMMITS: '1',
      },
    },
  )
  if (planFile) fs.rmSync(planFile, { force: true })
  if (next.status !== 0)
    build.fail(
      `\nnext build failed (exit ${next.status ?? next.signal}): ${build.out}/ was left as it was.`,
    )
}
