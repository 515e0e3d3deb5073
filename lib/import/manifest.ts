import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { PlannedFile } from './jekyll-site'

/**
 * What the last import wrote, as `target → sha256`. It lives in the content folder
 * (`content/.jekyll-import.json`) because it describes that folder and moves with it; the loader
 * ignores dot files. A file whose hash still matches was not edited by the author and may be
 * replaced; one that differs (or was there before any import) is the author's and is kept.
 */
export const MANIFEST = '.jekyll-import.json'

export interface ApplyResult {
  written: string[]
  unchanged: string[]
  /** The author's edits, left alone (without --force). */
  kept: string[]
  /** Files that were still the project's own placeholders (as committed), replaced. */
  placeholders: string[]
}

/**
 * Whether `file` is still exactly as the project's repository has it (its committed placeholder,
 * such as the sample profile photo): then it is not the author's and the import may replace it.
 */
function isCommittedPlaceholder(file: string): boolean {
  const cwd = path.dirname(file)
  const git = (args: string[]) =>
    spawnSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  const committed = git(['rev-parse', `HEAD:./${path.basename(file)}`])
  if (committed.status !== 0) return false
  const current = git(['hash-object', path.basename(file)])
  return current.status === 0 && current.stdout.trim() === committed.stdout.trim()
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

/** Maps `content/x` and `public/x` to the real folders. */
export function targetPath(target: string, dirs: { content: string; public: string }): string {
  const [root, ...rest] = target.split('/')
  return path.join(root === 'content' ? dirs.content : dirs.public, ...rest)
}

export function applyPlan(
  files: PlannedFile[],
  dirs: { content: string; public: string },
  options: { dryRun: boolean; force: boolean },
): ApplyResult {
  const manifestFile = path.join(dirs.content, MANIFEST)
  const previous = fs.existsSync(manifestFile)
    ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { files: Record<string, string> }).files
    : {}
  const next: Record<string, string> = { ...previous }
  const result: ApplyResult = { written: [], unchanged: [], kept: [], placeholders: [] }
  for (const file of files) {
    const dest = targetPath(file.target, dirs)
    const hash = sha256(file.data)
    const current = fs.existsSync(dest) ? sha256(fs.readFileSync(dest)) : undefined
    if (current === hash) {
      result.unchanged.push(file.target)
      next[file.target] = hash
      continue
    }
    if (current !== undefined && current !== previous[file.target] && !options.force) {
      if (!isCommittedPlaceholder(dest)) {
        result.kept.push(file.target)
        continue
      }
      result.placeholders.push(file.target)
    }
    result.written.push(file.target)
    next[file.target] = hash
    if (options.dryRun) continue
    fs.mkdirSync(path.dirname(dest), { recursive: true })
    fs.writeFileSync(dest, file.data)
  }
  if (!options.dryRun) {
    const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)))
    fs.mkdirSync(dirs.content, { recursive: true })
    fs.writeFileSync(manifestFile, `${JSON.stringify({ files: sorted }, null, 2)}\n`)
  }
  return result
}
