import fs from 'node:fs'
import path from 'node:path'
import type { IssueList } from './issues'
import { MAX_FILE_BYTES } from './limits'

/** The folder authors edit. Tests and fixture builds point CONTENT_DIR elsewhere. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR || 'content')
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Reads a text file that must be UTF-8. Returns undefined (and records why) for a file that cannot
 * be read or decoded, so one bad file does not hide the problems of the others.
 */
export function readText(file: string, issues: IssueList): string | undefined {
  let bytes: Buffer
  try {
    const size = fs.statSync(file).size
    if (size > MAX_FILE_BYTES) {
      issues.error(
        file,
        `file is ${(size / 2 ** 20).toFixed(1)} MB (expected at most ${MAX_FILE_BYTES / 2 ** 20} MB: split it, or put data files in public/)`,
      )
      return undefined
    }
    bytes = fs.readFileSync(file)
  } catch (err) {
    issues.error(
      file,
      `cannot read file (${(err as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    )
    return undefined
  }
  try {
    return utf8
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
  } catch {
    const at = firstInvalidUtf8(bytes)
    issues.error(
      file,
      'file is not valid UTF-8 (expected UTF-8 text; re-save it with UTF-8 encoding)',
      at.line,
      at.column,
    )
    return undefined
  }
}

function firstInvalidUtf8(bytes: Buffer): { line: number; column: number } {
  const text = bytes.toString('utf-8')
  const index = text.indexOf('\uFFFD')
  const before = text.slice(0, Math.max(index, 0))
  const lines = before.split('\n')
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 }
}

/** Every file below `dir` (recursively) whose name ends in one of `extensions`, sorted. */
export function listFiles(dir: string, extensions: string[]): string[] {
  if (!fs.existsSync(dir)) return []
  const found: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue
    if (extensions.some((ext) => entry.name.endsWith(ext)))
      found.push(path.join(entry.parentPath, entry.name))
  }
  return found.sort()
}
