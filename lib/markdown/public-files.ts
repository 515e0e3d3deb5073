import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { imageSize } from 'image-size'

/**
 * The one place lib/markdown reads files: images under `public/` (and next to a document) are
 * measured at build time so every `<img>` gets its width and height and nothing shifts on load.
 */
export function publicDir(): string {
  return path.resolve(process.env.PUBLIC_DIR || 'public')
}

export interface ImageFileSize {
  width: number
  height: number
}

/**
 * Reading and hashing images is memoised per process (a 1,000-post site repeats images), keyed
 * by the file's modification time and size too, so a long-lived process (`npm run dev`, the
 * tests) sees a replaced image.
 */
const sizes = new Map<string, ImageFileSize | 'missing' | 'unreadable'>()
const hashes = new Map<string, string>()

function version(file: string): string | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false })
  return stat?.isFile() ? `${file}\0${stat.mtimeMs}\0${stat.size}` : undefined
}

/**
 * The pixel size of an image file. EXIF orientations 5 to 8 are rotated by 90°, so their width
 * and height swap.
 */
export function imageFileSize(file: string): ImageFileSize | 'missing' | 'unreadable' {
  const key = version(file)
  if (!key) return 'missing'
  let size = sizes.get(key)
  if (size) return size
  try {
    const { width, height, orientation } = imageSize(fs.readFileSync(file))
    size = orientation && orientation >= 5 ? { width: height, height: width } : { width, height }
  } catch {
    size = 'unreadable'
  }
  sizes.set(key, size)
  return size
}

/** The SHA-256 of a file's bytes. */
export function imageFileHash(file: string): string {
  const key = version(file) ?? file
  let hash = hashes.get(key)
  if (!hash) {
    hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex')
    hashes.set(key, hash)
  }
  return hash
}
