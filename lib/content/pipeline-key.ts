import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { buildSync } from 'esbuild'

/** The modules whose results the document cache stores: every body goes through this one. */
export const PIPELINE_ENTRIES = ['lib/content/documents.ts']

/**
 * The project's own source files that `entries` reach through their imports, static and dynamic,
 * relative to `root` and sorted: esbuild resolves them (with tsconfig.json's `@/` paths) the way
 * a bundle would, and leaves packages out (the lock file stands for them).
 */
export function reachableSources(entries: string[], root: string): string[] {
  const { metafile } = buildSync({
    absWorkingDir: root,
    entryPoints: entries,
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'unused',
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  })
  return Object.keys(metafile.inputs).sort()
}

const keys = new Map<string, string>()

/**
 * A hash of the code and the dependency versions that turn a body into what the document cache
 * stores: every module the pipeline reaches, found from its imports (never a list kept by hand,
 * which misses the module added next), and the lock file.
 */
export function pipelineKey(root = process.cwd(), entries = PIPELINE_ENTRIES): string {
  const id = `${root}\0${entries.join('\0')}`
  const known = keys.get(id)
  if (known) return known
  const hash = createHash('sha256')
  for (const file of [...reachableSources(entries, root), 'package-lock.json'])
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(root, file)))
  const key = hash.digest('hex')
  keys.set(id, key)
  return key
}
