import fs from 'node:fs'
import path from 'node:path'
import { publicDir } from '@/lib/markdown/public-files'
import { contentDir } from './files'
import type { IssueList } from './issues'

let loading: string | undefined

/** The content folder being loaded (loadContent's `dir`, which tests point at fixtures). */
export function setContentRoot(dir: string): void {
  loading = path.resolve(dir)
}

/**
 * The folders content may make the build read or publish: the content folder and the public
 * folders (PUBLIC_DIR's and the project's own public/, which Next.js copies). A build in CI holds
 * tokens and keys, so a path that leads anywhere else (`/../../x.png`, a link to ~/.ssh) is a
 * content error, never a file read. Links are followed before the check: the real path counts.
 */
export function contentRoots(): string[] {
  const roots = [loading ?? contentDir(), publicDir(), path.resolve('public')]
  return [...new Set(roots.map((r) => realOrSelf(r)))]
}

/** The real path of `file` (links followed); for a missing file, its nearest existing folder's. */
function realOrSelf(file: string): string {
  const rest: string[] = []
  for (let dir = path.resolve(file); ;) {
    try {
      return path.join(fs.realpathSync(dir), ...rest)
    } catch {
      const parent = path.dirname(dir)
      if (parent === dir) return path.resolve(file)
      rest.unshift(path.basename(dir))
      dir = parent
    }
  }
}

function within(file: string, root: string): boolean {
  const rel = path.relative(root, file)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/**
 * Where `file` really is (links followed), if that is inside one of the content roots; undefined
 * when it leads outside them, by climbing (`/../../x.png`) or through a link.
 */
export function resolveInside(file: string, roots = contentRoots()): string | undefined {
  const real = realOrSelf(file)
  return roots.some((root) => within(real, root)) ? real : undefined
}

/**
 * Reports every symbolic link in the content and public folders that leads outside them (or
 * nowhere): Next.js's copy of public/ follows links, and so does GitHub Pages' upload of a link
 * copied into the export. Links that stay inside are fine; the build copies their targets.
 */
export function checkLinksInside(issues: IssueList, roots = contentRoots()): void {
  const folders = [loading ?? contentDir(), publicDir(), path.resolve('public')]
  const seen = new Set<string>()
  for (const folder of folders) {
    if (seen.has(folder) || !fs.existsSync(folder)) continue
    seen.add(folder)
    for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
      if (!entry.isSymbolicLink()) continue
      const link = path.join(entry.parentPath, entry.name)
      let target: string
      try {
        target = fs.realpathSync(link)
      } catch {
        issues.error(
          link,
          `is a link to ${fs.readlinkSync(link)}, which does not exist (expected a file inside the content or public folder)`,
        )
        continue
      }
      if (!roots.some((root) => within(target, root)))
        issues.error(
          link,
          `is a link to ${target}, outside the content and public folders (expected a file inside them: the build never reads or publishes anything else)`,
        )
    }
  }
}
