import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { imageSize } from 'image-size'
import type { VFile } from 'vfile'
import { cacheRoot } from '@/lib/content/document-cache'
import { toPicture } from '@/lib/markdown/responsive-images'
import { cleanSvg } from './html'

/** A file a notebook post publishes beside its page: `from` on disk, `name` in the post's folder. */
export interface NotebookFile {
  from: string
  name: string
}

export const IMAGE_TYPES = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/svg+xml': 'svg',
} as const
export type ImageType = keyof typeof IMAGE_TYPES

/** Where decoded output images wait to be copied into the export (named by their bytes). */
function imageFile(bytes: Buffer, ext: string): { file: string; name: string } {
  const name = `output-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${ext}`
  const file = path.join(cacheRoot(), 'notebooks', name)
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    // Written aside and renamed: a build that stops halfway never leaves half an image.
    const partial = `${file}.${process.pid}.partial`
    fs.writeFileSync(partial, bytes)
    fs.renameSync(partial, file)
  }
  return { file, name }
}

const pixels = (value: unknown): number | undefined =>
  typeof value === 'number' && value > 0 ? Math.round(value) : undefined

/**
 * An image output as a file of its own with its width and height (Jupyter's `width`/`height`
 * metadata, else the image's), and raster images as a `<picture>` with the site's AVIF and WebP
 * variants. SVG is cleaned of scripts first: the file is published on the site's origin, where
 * opening it directly would run them. Returns undefined for data that is not an image.
 */
export function outputImage(
  type: ImageType,
  data: string,
  meta: unknown,
  alt: string,
  context: { url: string; vfile: VFile; files: NotebookFile[] },
): { image: Element; scriptsRemoved: boolean } | undefined {
  let bytes: Buffer
  let scriptsRemoved = false
  if (type === 'image/svg+xml') {
    const clean = cleanSvg(data)
    scriptsRemoved = clean.removed
    bytes = Buffer.from(clean.svg)
  } else bytes = Buffer.from(data.replace(/\s+/g, ''), 'base64')
  let size: { width: number; height: number }
  try {
    size = imageSize(bytes)
  } catch {
    return undefined
  }
  const { file, name } = imageFile(bytes, IMAGE_TYPES[type])
  if (!context.files.some((f) => f.name === name)) context.files.push({ from: file, name })
  const given = (meta ?? {}) as { width?: unknown; height?: unknown }
  const width = pixels(given.width) ?? size.width
  const height = pixels(given.height) ?? Math.round((size.height * width) / size.width)
  const img = h('img', {
    src: `${context.url}${name}`,
    alt,
    width,
    height,
    loading: 'lazy',
    decoding: 'async',
  })
  const responsive = process.env.NODE_ENV !== 'development' && type !== 'image/svg+xml'
  return {
    image: responsive ? toPicture(img, file, size.width, width, context.vfile) : img,
    scriptsRemoved,
  }
}
