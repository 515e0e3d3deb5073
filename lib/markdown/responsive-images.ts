import { createHash } from 'node:crypto'
import type { Element } from 'hast'
import { h } from 'hastscript'
import type { VFile } from 'vfile'
import { imageFileHash } from './public-files'

declare module 'vfile' {
  interface DataMap {
    /** The variants a document's pictures refer to (kept with it in the document cache). */
    imageVariants: VariantRequest[]
  }
}

/**
 * Responsive images: a raster image in content becomes a `<picture>` whose AVIF and WebP sources
 * offer a few widths, so a phone downloads a 360 or 720 px picture instead of the original. The
 * variants are encoded after the export (scripts/postbuild-images.ts); this module only plans
 * them, and names each file after the original's bytes so a changed image gets new URLs.
 */

/** The widths offered (never above the original's). 1440 covers a 42rem column at 2x. */
export const VARIANT_WIDTHS = [360, 720, 1080, 1440] as const
export const VARIANT_FORMATS = ['avif', 'webp'] as const
export type VariantFormat = (typeof VARIANT_FORMATS)[number]

/**
 * The encoder settings. They are part of every variant's name: new settings, new files, so an
 * old cached variant can never be served for them.
 */
export const ENCODER_SETTINGS = {
  // libaom's effort 2 encodes a 1080 px photograph in a tenth of effort 4's time (0.13 s against
  // 1.3 s here), at about the same size.
  avif: { quality: 50, effort: 2, chromaSubsampling: '4:2:0' },
  webp: { quality: 75, effort: 4 },
  version: 1,
} as const

/** Raster formats worth re-encoding; SVG and GIF (vector, animation) are kept as they are. */
const RASTER = /\.(jpe?g|png|webp|avif|tiff?)$/i

/** The site's content column (`--measure: 42rem` at 16 px): no image is shown wider. */
const COLUMN_PX = 672

export interface VariantRequest {
  file: string
  hash: string
  widths: number[]
}

export function isRaster(file: string): boolean {
  return RASTER.test(file)
}

/** The widths to encode for an original `width` pixels wide: the ladder, capped at the original. */
export function planWidths(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width)
  const top = Math.min(width, VARIANT_WIDTHS.at(-1)!)
  if (!widths.includes(top)) widths.push(top)
  return widths
}

/** The site path of one variant (before the base path, which rehypeSiteUrls adds). */
export function variantPath(hash: string, width: number, format: VariantFormat): string {
  return `/_img/${hash}-${width}.${format}`
}

/** The `sizes` attribute for an image shown at most `width` CSS pixels wide. */
export function sizesFor(width: number): string {
  const shown = Math.min(width, COLUMN_PX)
  return `(max-width: ${shown}px) 100vw, ${shown}px`
}

/** A content hash of the original file and the encoder settings: the variants' common name. */
export function variantHash(file: string): string {
  return createHash('sha256')
    .update(imageFileHash(file))
    .update(JSON.stringify(ENCODER_SETTINGS))
    .digest('hex')
    .slice(0, 16)
}

/** Every variant a build has planned, so the post-build step knows what to encode. */
const requests = new Map<string, VariantRequest>()

export function plannedVariants(): VariantRequest[] {
  return [...requests.values()]
}

export function recordVariants(request: VariantRequest): void {
  requests.set(`${request.hash}:${request.widths.join(',')}`, request)
}

/**
 * Wraps a measured `<img>` of a local raster `file` in a `<picture>` with AVIF and WebP sources.
 * The `<img>` keeps its attributes (style, class, width, height, loading) and the original `src`
 * as the fallback for browsers without either format.
 */
export function toPicture(
  img: Element,
  file: string,
  width: number,
  shownWidth: number,
  document: VFile,
): Element {
  const hash = variantHash(file)
  const widths = planWidths(width)
  const request = { file, hash, widths }
  recordVariants(request)
  ;(document.data.imageVariants ??= []).push(request)
  const sources = VARIANT_FORMATS.map((format) =>
    h('source', {
      type: `image/${format}`,
      srcSet: widths.map((w) => `${variantPath(hash, w, format)} ${w}w`).join(', '),
      sizes: sizesFor(shownWidth),
    }),
  )
  return h('picture', [...sources, img])
}
