import fs from 'node:fs'
import path from 'node:path'
import pLimit from 'p-limit'
import sharp from 'sharp'
import { cacheRoot, saveCacheFile } from '@/lib/content/document-cache'
import {
  ENCODER_SETTINGS,
  VARIANT_FORMATS,
  variantPath,
  type VariantFormat,
  type VariantRequest,
} from '@/lib/markdown/responsive-images'

/**
 * Encodes the AVIF and WebP variants the pages refer to and writes them into the export. Each
 * variant is kept in `.build/cache/images/` (or GIBSONIC_CACHE_DIR) under its content-hashed name (which includes the
 * encoder settings) and sharp's version, so a warm build copies instead of encoding. libvips
 * is deterministic for a given input and settings: the same original gives the same bytes.
 */
export const IMAGE_CACHE = path.join(
  cacheRoot(),
  'images',
  `sharp-${sharp.versions.sharp ?? 'unknown'}`,
)

export async function encodeVariant(
  file: string,
  width: number,
  format: VariantFormat,
): Promise<Buffer> {
  // .rotate() applies the EXIF orientation; metadata is dropped, so no camera data is published.
  const image = sharp(file).rotate().resize({ width, withoutEnlargement: true })
  return format === 'avif'
    ? image.avif(ENCODER_SETTINGS.avif).toBuffer()
    : image.webp(ENCODER_SETTINGS.webp).toBuffer()
}

/** Writes every planned variant into `dir` (an export); returns how many had to be encoded. */
export async function writeImageVariants(
  dir: string,
  requests: VariantRequest[],
  cacheDir = IMAGE_CACHE,
): Promise<{ variants: number; encoded: number }> {
  fs.mkdirSync(cacheDir, { recursive: true })
  let variants = 0
  let encoded = 0
  const jobs = requests.flatMap(({ file, hash, widths }) =>
    widths.flatMap((width) => VARIANT_FORMATS.map((format) => ({ file, hash, width, format }))),
  )
  const one = async ({ file, hash, width, format }: (typeof jobs)[number]) => {
    const name = variantPath(hash, width, format)
    const target = path.join(dir, name)
    if (fs.existsSync(target)) return
    const cached = path.join(cacheDir, path.basename(name))
    if (!fs.existsSync(cached)) {
      encoded++
      if (!saveCacheFile(cached, await encodeVariant(file, width, format)))
        throw new Error(`could not write ${cached}`)
    }
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(cached, target)
    variants++
  }
  // Two encodes at a time keep both cores busy (one libaom encode does not).
  const limit = pLimit(2)
  await Promise.all(jobs.map((job) => limit(() => one(job))))
  return { variants, encoded }
}
