import fs from 'node:fs'
import path from 'node:path'
import { basePath } from '@/lib/base-path'

/**
 * One build: where it stages the export and where the result goes, the warnings it printed and
 * the wall time of each step. Until `publish`, out/ is untouched; `fail` leaves it so.
 */
export class Build {
  readonly outDir: string
  /** The export is made here, beside out/, and replaces out/ only once every check passed. */
  readonly stage = path.resolve('.build', `export-${process.pid}`)
  /** Long page bodies, set aside by the pages for the post-build step (lib/set-aside-body.ts). */
  readonly bodies = `${this.stage}-bodies`
  /** Warnings printed along the way, counted in the summary. */
  warnings = 0
  // Wall time of each step, printed at the end (the benchmark's notes quote them).
  private readonly timings: [string, number][] = []

  constructor(
    out: string,
    /** Also fetch every external link (`--check-external`). */
    readonly checkExternal: boolean,
  ) {
    this.outDir = path.resolve(out)
  }

  /** Runs one step of the build, timed. */
  async step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
    const started = performance.now()
    try {
      return await run()
    } finally {
      this.timings.push([name, performance.now() - started])
    }
  }

  /** Prints a warning, counted in the summary. */
  warn(message: string): void {
    console.warn(message)
    this.warnings++
  }

  /** out/ as the messages name it. */
  get out(): string {
    return path.relative(process.cwd(), this.outDir)
  }

  /** Stops the build: the staged export goes, `message` is printed, out/ stays as it was. */
  fail(message: string): never {
    fs.rmSync(this.stage, { recursive: true, force: true })
    fs.rmSync(this.bodies, { recursive: true, force: true })
    console.error(message)
    process.exit(1)
  }

  /** Swap: the old output is moved aside before the new one takes its place, then removed. */
  publish(): void {
    const old = `${this.stage}-previous`
    fs.mkdirSync(path.dirname(this.outDir), { recursive: true })
    if (fs.existsSync(this.outDir)) fs.renameSync(this.outDir, old)
    fs.renameSync(this.stage, this.outDir)
    fs.rmSync(old, { recursive: true, force: true })
  }

  /** The step times, then the summary, last: nothing is printed after it. */
  printSummary(pages: number): void {
    console.log(
      `\nSteps: ${this.timings.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}`,
    )
    console.log(
      `${pages} pages, ${this.warnings ? `${this.warnings} warning(s), listed above` : 'no warnings'}: ` +
        `the site is in ${this.out || '.'}/` +
        (basePath ? `, for serving under ${basePath}/` : ''),
    )
  }
}
