import crypto from 'node:crypto'
import { imageSize } from 'image-size'
import YAML from 'yaml'
import { cleanSvg } from '@/lib/notebooks/html'
import type { ImportPlan } from './jekyll-site'
import { mapOutsideCode } from './outside-code'
import type { ImportNote } from './report'
import { signedUntil, type RemoteImage } from './remote-images'

/**
 * `npm run import:jekyll -- <site> --copy-remote-images`: each image a page loads from another
 * site is downloaded once and planned as a file under `public/assets/remote/<host>/…`, and the
 * pages (a post's `image:`, the avatar in site.yaml) point at the copy, which the build then
 * checks, sizes and gives responsive variants. Only images are kept: the bytes must be PNG, JPEG,
 * GIF, WebP, AVIF, BMP or ICO, or an SVG, which is published without its scripts, handlers and
 * links (opened directly on the site's origin, they would run). Whatever cannot be copied stays
 * as it was and is reported with the reason. Only the author's explicit flag touches the network.
 */
export interface CopyOptions {
  timeoutMs?: number
  maxBytes?: number
  concurrency?: number
}

const RASTER = new Set(['png', 'jpg', 'gif', 'webp', 'avif', 'bmp', 'ico'])
const SVG_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i

type Download = { bytes: Buffer; ext: string; cleaned: boolean } | { reason: string }

async function download(url: string, timeoutMs: number, maxBytes: number): Promise<Download> {
  let response: Response
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'image/avif,image/webp,image/*;q=0.8' },
    })
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name
    return { reason: `could not be downloaded (${cause})` }
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel()
    return { reason: `answered ${response.status}` }
  }
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > maxBytes) {
      await reader.cancel()
      return { reason: `is larger than ${Math.round(maxBytes / 2 ** 20)} MiB` }
    }
    chunks.push(value)
  }
  const bytes = Buffer.concat(chunks)
  let type: string | undefined
  try {
    type = imageSize(bytes).type
  } catch {}
  if (type && RASTER.has(type)) return { bytes, ext: type, cleaned: false }
  const text = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
  if (SVG_START.test(text)) {
    const clean = cleanSvg(bytes.toString('utf8'))
    if (clean.svg) return { bytes: Buffer.from(clean.svg), ext: 'svg', cleaned: clean.removed }
  }
  const declared = response.headers.get('content-type')
  return { reason: `is not an image${declared ? ` (${declared.split(';')[0]})` : ''}` }
}

/** Where a copy of `url` goes, without the extension: `assets/remote/<host>/<path>`. */
export function copyStem(url: string): string {
  const u = new URL(url)
  let pathname = u.pathname
  try {
    pathname = decodeURIComponent(pathname)
  } catch {}
  const safe = (part: string) =>
    part
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[.-]+/, '')
      .slice(0, 80)
  const folders = pathname.split('/').map(safe).filter(Boolean)
  const stem = (folders.pop() ?? '').replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'image'
  return ['assets/remote', safe(u.host) || 'host', ...folders, stem].join('/')
}

/**
 * A file name under public/ for a copy (never outside `assets/remote/`): `copyStem`, a short hash
 * of the address when it has a query or the name is taken, and the extension its bytes call for.
 */
function copyName(url: string, ext: string, taken: Set<string>): string {
  let name = copyStem(url)
  if (new URL(url).search || taken.has(`${name}.${ext}`))
    name += `-${crypto.createHash('sha256').update(url).digest('hex').slice(0, 8)}`
  taken.add(`${name}.${ext}`)
  return `${name}.${ext}`
}

/** Whether `src` (a path in the new site) is the copy `--copy-remote-images` made of `url`. */
export function isCopyOf(src: string, url: string): boolean {
  const at = src.indexOf('/assets/remote/')
  if (at < 0 || !/^(https?:)?\/\//i.test(url)) return false
  const stem = copyStem(url.startsWith('//') ? `https:${url}` : url)
  const rest = src.slice(at + 1)
  return rest.startsWith(stem) && /^(-[0-9a-f]{8})?\.[a-z]+$/.test(rest.slice(stem.length))
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The planned file with each copied image's address (as written) replaced by its copy's. */
function pointAtCopies(target: string, text: string, copies: Map<string, string>): string {
  if (target === 'content/site.yaml') {
    const [comment, yaml] = /^(#.*\n)?([\s\S]*)$/.exec(text)!.slice(1)
    const site = YAML.parse(yaml!) as { author?: { image?: string } }
    const copy = site.author?.image && copies.get(site.author.image)
    if (!copy) return text
    site.author!.image = `/${copy}`
    return `${comment ?? ''}${YAML.stringify(site, { lineWidth: 0 })}`
  }
  // Longest first, so that `a.png?raw=true` is not read as `a.png`.
  const raws = [...copies.keys()].sort((a, b) => b.length - a.length)
  if (!raws.length) return text
  const address = new RegExp(`(${raws.map(escape).join('|')})(?=[\\s"'<>)\\],]|$)`, 'g')
  const front = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? ''
  const head = front.replace(address, (raw) => `/${copies.get(raw)}`)
  const body = mapOutsideCode(text.slice(front.length), (prose) =>
    prose.replace(address, (raw) => `{{ site.baseurl }}/${copies.get(raw)}`),
  )
  return head + body
}

/** Downloads the plan's remote images and changes the plan to publish and use the copies. */
export async function copyRemoteImages(
  plan: ImportPlan,
  { timeoutMs = 30_000, maxBytes = 25 * 2 ** 20, concurrency = 6 }: CopyOptions = {},
): Promise<{ copied: number; failed: number }> {
  const urls = [...new Set(plan.remoteImages.map((i) => i.url))]
  const results = new Map<string, Download>()
  let next = 0
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!
      results.set(url, await download(url, timeoutMs, maxBytes))
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker))

  const taken = new Set(plan.files.map((f) => f.target.replace(/^public\//, '')))
  const names = new Map<string, string>()
  for (const url of urls) {
    const result = results.get(url)!
    if (!('bytes' in result)) continue
    const name = copyName(url, result.ext, taken)
    names.set(url, name)
    plan.files.push({ target: `public/${name}`, data: result.bytes })
  }

  const byTarget = new Map<string, Map<string, string>>()
  const notes = new Map<RemoteImage, ImportNote>()
  for (const image of plan.remoteImages) {
    const result = results.get(image.url)!
    const name = names.get(image.url)
    if (name) {
      const copies = byTarget.get(image.target) ?? new Map<string, string>()
      copies.set(image.raw, name)
      byTarget.set(image.target, copies)
    }
    const until = signedUntil(image.url)
    const message = name
      ? `${image.url} copied to public/${name}${'cleaned' in result && result.cleaned ? ' (its scripts, handlers and links to other files taken out)' : ''}; the page loads the copy`
      : `image ${image.url} was not copied: it ${'reason' in result ? result.reason : ''}${until && until < new Date() ? ` (a signed link that expired on ${until.toISOString().slice(0, 10)})` : ''}; the page still loads it from ${new URL(image.url).host}`
    notes.set(image, {
      file: image.file,
      line: image.line,
      kind: name ? 'converted' : 'flagged',
      message,
    })
  }
  for (const file of plan.files) {
    const copies = byTarget.get(file.target)
    if (copies && typeof file.data === 'string')
      file.data = pointAtCopies(file.target, file.data, copies)
  }
  const report = plan.report
  const before = new Set(plan.remoteImages.map((i) => i.note))
  report.notes = [...report.notes.filter((n) => !before.has(n)), ...notes.values()]
  report.counts.flagged = report.notes.filter((n) => n.kind === 'flagged').length
  return { copied: names.size, failed: urls.length - names.size }
}
