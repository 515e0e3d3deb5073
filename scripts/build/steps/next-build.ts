import fs from 'node:fs'
import path from 'node:path'
import { BODIES_DIR_ENV } from '@/lib/set-aside-body'
import type { Build } from '../context'
import { run, type Ran } from '../run'
import { filterNextOutput } from '../../next-output'
import type { CheckedContent } from './content'

/**
 * Where Next.js keeps its own build files: `.next/` always, since next.config.ts's `distDir`
 * names the export's folder (the build's staging folder) when the output is a static export.
 */
const NEXT_INTERNALS = path.resolve('.next')

/** `next build` in one of its two halves, with the build's environment. */
function nextBuild(
  build: Build,
  mode: 'compile' | 'generate',
  planFile: string | undefined,
  stdio: 'pipe' | number,
) {
  return run(
    process.execPath,
    [path.resolve('node_modules/next/dist/bin/next'), 'build', `--experimental-build-mode=${mode}`],
    {
      // Through a filter that leaves out what only looks like a problem (../../next-output.ts).
      stdio: ['ignore', stdio, stdio],
      env: {
        ...process.env,
        // Piped, its output keeps its colours where ours has them.
        ...(process.stdout.isTTY && !process.env.NO_COLOR && { FORCE_COLOR: '1' }),
        GIBSONIC_DIST_DIR: path.relative(process.cwd(), build.stage),
        [BODIES_DIR_ENV]: build.bodies,
        ...(planFile && { GIBSONIC_REUSE_PLAN: planFile }),
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
}

export interface Compiling {
  /** Resolves once the compile has ended, to its exit. */
  done: Promise<Ran>
  /** Ends the compile early and waits for it (the content had errors). */
  stop(): Promise<void>
}

/**
 * Starts Next.js's compile (`next build --experimental-build-mode=compile`), which needs the code
 * but no content: it runs while the content is checked, on the core the check leaves idle (the
 * check prepares the bodies on one). Its output is kept in a file beside the staging folder and
 * printed only if it fails: it would interleave with the check's messages, and its route table
 * lists every route as dynamic, which the generate step's table then corrects.
 */
export function compileWithNext(build: Build): Compiling {
  fs.rmSync(build.stage, { recursive: true, force: true })
  fs.rmSync(build.bodies, { recursive: true, force: true })
  const log = `${build.stage}-compile.log`
  process.on('exit', () => fs.rmSync(log, { force: true }))
  fs.mkdirSync(path.dirname(log), { recursive: true })
  const fd = fs.openSync(log, 'w')
  const compile = nextBuild(build, 'compile', undefined, fd)
  fs.closeSync(fd)
  let stopped = false
  const done = compile.then(async (ran) => {
    if (ran.status !== 0 && !stopped)
      await filterNextOutput(fs.createReadStream(log), process.stderr)
    return ran
  })
  return {
    done,
    stop: async () => {
      stopped = true
      compile.stop()
      await done
    },
  }
}

/**
 * Generates and exports the pages with Next.js into the build's staging folder once the compile
 * is done and the content checked; a failure of either stops the build.
 */
export async function exportWithNext(
  build: Build,
  compiling: Compiling,
  { plan, planFile }: CheckedContent,
) {
  const compiled = await compiling.done
  if (compiled.status !== 0) failed(build, compiled)
  // The compile writes a prerender manifest that lists no page; the generate step's export would
  // read that one (it `require`s the file, and the first read of it is cached for the process)
  // and export nothing. Without it, the export reads the manifest the generate step writes.
  fs.rmSync(path.join(NEXT_INTERNALS, 'prerender-manifest.json'), { force: true })
  const generated = await nextBuild(build, 'generate', plan && planFile, 'pipe')
  if (planFile) fs.rmSync(planFile, { force: true })
  if (generated.status !== 0) failed(build, generated)
}

function failed(build: Build, { status, signal }: Ran): never {
  build.fail(`\nnext build failed (exit ${status ?? signal}): ${build.out}/ was left as it was.`)
}
