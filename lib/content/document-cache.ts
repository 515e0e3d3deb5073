import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Root } from 'hast'
import { visit } from '@/lib/markdown/visit'
import type { Outline } from '@/lib/markdown/outline'
import { imageFileHash } from '@/lib/markdown/public-files'
import { recordVariants, type VariantRequest } from '@/lib/markdown/responsive-images'
import { pipelineKey } from './pipeline-key'

/**
 * A disk cache of prepared Markdown bodies, keyed by a content hash. Highlighting and math are
 * the expensive part of loading a post, and a build loads the content once in the build script
 * and again in each Next.js worker: with the cache, only the first load of a changed post pays.
 *
 * The key holds everything the result depends on: the text after Liquid, the file, its page URL,
 * the base path, and every module of the pipeline and the lock file (`pipelineKey`: so a change of
 * plugin code or versions misses). Images a body refers to are checked separately: an
 * entry lists each file with its content hash (or absence), and is used only if they all still
 * match. Set GIBSONIC_NO_CACHE=1 to bypass it.
 */

export interface CachedMessage {
  reason: string
  line?: number
  column?: number
  fatal: boolean
}

/** What a build needs of a document without rendering it; the HTML tree is in a file of its own. */
export interface CachedDocument {
  messages: CachedMessage[]
  outline: Outline
  /** Image files the body measured: path → content hash, or null when it did not exist. */
  images: Record<string, string | null>
  variants: VariantRequest[]
}

/** The build caches' folder; GIBSONIC_CACHE_DIR moves it (the bench keeps its own). */
export function cacheRoot(): string {
  return path.resolve(process.env.GIBSONIC_CACHE_DIR || path.join('.build', 'cache'))
}

export function cacheEnabled(): boolean {
  return process.env.GIBSONIC_NO_CACHE !== '1' && process.env.NODE_ENV !== 'development'
}

export function documentKey(parts: Record<string, string>): string {
  return createHash('sha256').update(pipelineKey()).update(JSON.stringify(parts)).digest('hex')
}

function currentHash(file: string): string | null {
  return fs.existsSync(file) ? imageFileHash(file) : null
}

/** The cached result for `key`, if there is one and the images it measured are unchanged. */
export function readCachedDocument(key: string): CachedDocument | undefined {
  let entry: CachedDocument
  try {
    entry = JSON.parse(
      fs.readFileSync(path.join(cacheRoot(), 'documents', `${key}.json`), 'utf8'),
    ) as CachedDocument
  } catch {
    return undefined
  }
  for (const [file, hash] of Object.entries(entry.images))
    if (currentHash(file) !== hash) return undefined
  for (const request of entry.variants) recordVariants(request)
  return entry
}

export const hastFile = (key: string) => path.join(cacheRoot(), 'documents', `${key}.hast.json`)

export function hasCachedHast(key: string): boolean {
  return fs.existsSync(hastFile(key))
}

/** A Markdown body's HTML tree, read when its page is rendered; undefined if the entry is gone. */
export function readCachedHast(key: string): Root | undefined {
  try {
    return JSON.parse(fs.readFileSync(hastFile(key), 'utf8')) as Root
  } catch {
    return undefined
  }
}

/**
 * Writes a file of the build caches, creating its folder. Written aside and renamed, so a reader
 * (another worker of the same build, the next build) never sees half a file. The caches are only
 * a shortcut, so a failure (a read-only or full disk) is not an error: the return value says
 * whether the file was stored.
 */
export function saveCacheFile(file: string, text: string | Uint8Array | Iterable<string>): boolean {
  const partial = `${file}.${process.pid}.partial`
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    if (typeof text === 'string' || text instanceof Uint8Array) fs.writeFileSync(partial, text)
    else writePieces(partial, text)
    fs.renameSync(partial, file)
    return true
  } catch {
    fs.rmSync(partial, { force: true })
    return false
  }
}

/** Writes `pieces` one after another, about a megabyte at a time. */
function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = fs.openSync(file, 'w')
  try {
    let batch: string[] = []
    let length = 0
    for (const piece of pieces) {
      batch.push(piece)
      length += piece.length
      if (length < 2 ** 20) continue
      fs.writeSync(fd, batch.join(''))
      batch = []
      length = 0
    }
    fs.writeSync(fd, batch.join(''))
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * `JSON.stringify(tree)`, the same text, in pieces: the root's other fields, then each child on its
 * own. A 5 MB post's tree is 66 MB of JSON, and the check's memory peaks as it is written: made as
 * one string (and encoded again to be written), the check peaked at 1.44-1.46 GiB; written in
 * pieces, at 1.26-1.30 GiB.
 */
export function* jsonPieces(tree: Root): Generator<string> {
  const mark = '\u0000children\u0000'
  const [before, after] = JSON.stringify({ ...tree, children: mark }).split(JSON.stringify(mark))
  yield `${before}[`
  for (const [i, child] of tree.children.entries())
    yield (i ? ',' : '') + (JSON.stringify(child) ?? 'null')
  yield `]${after}`
}

/**
 * Stores a result: the tree first, then the entry that makes it count. Positions are dropped from
 * the tree: messages already carry theirs. Returns whether it was stored.
 */
export function writeCachedDocument(
  key: string,
  entry: Omit<CachedDocument, 'images'> & { hast?: Root; imageFiles: string[] },
): boolean {
  const { imageFiles, hast, ...rest } = entry
  const images = Object.fromEntries(imageFiles.map((f) => [f, currentHash(f)]))
  if (hast) {
    visit(hast, (node) => void delete node.position)
    if (!saveCacheFile(hastFile(key), jsonPieces(hast))) return false
  }
  return saveCacheFile(
    path.join(cacheRoot(), 'documents', `${key}.json`),
    JSON.stringify({ ...rest, images }),
  )
}
