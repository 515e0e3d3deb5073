import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { imageSize } from 'image-size'

/**
 * The one place lib/markdown reads files: images under `public/` (and next to a document) are
 * measured at build time so every `<img>` gets its width and height and nothing shifts on load.
 */
export function publicDir(): string {
  return path.resolve('public')
}

export interface ImageFileSize {
  width: number
  height: number
}

const sizes = new Map<string, ImageFileSize | 'missing' | 'unreadable'>()

/**
 * The pixel size of an image file, memoised per process (a 1,000-post site repeats images).
 * EXIF orientations 5 to 8 are rotated by 90°, so their width and height swap.
 */
export function imageFileSize(file: string): ImageFileSize | 'missing' | 'unreadable' {
  let size = sizes.get(file)
  if (size) return size
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) size = 'missing'
  else {
    try {
      const { width, height, orientation } = imageSize(fs.readFileSync(file))
      size = orientation && orientation >= 5 ? { width: height, height: width } : { width, height }
    } catch {
      size = 'unreadable'
    }
  }
  sizes.set(file, size)
  return size
}

const hashes = new Map<string, string>()

/** The SHA-256 of a file's bytes, memoised per process like its size. */
export function imageFileHash(file: string): string {
  let hash = hashes.get(file)
  if (!hash) {
    hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex')
    hashes.set(file, hash)
  }
  return hash
}
