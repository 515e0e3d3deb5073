import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { readFrontMatter } from './front-matter'
import { ATTR, TAG } from './legacy-html'
import { mapOutsideCode } from './outside-code'
import type { ImportNote } from './report'

/**
 * Images a page loads from another site (`<img src="https://…">`, `![](https://…)`, a post's
 * `image:`, the author's avatar). The build cannot check, size or make variants of them, and a
 * visitor's browser asks that site for them on every visit: where it cannot be reached, or the
 * file moved, the page logs an error and shows the alt text. The import lists each one at its
 * `path:line`; `--copy-remote-images` copies them into `public/` (lib/import/copy-remote-images.ts).
 */
export interface RemoteImage {
  /** As written in the planned file (HTML entities, angle brackets and all). */
  raw: string
  /** The address a browser asks for. */
  url: string
  /** The planned file it is in (`content/...`). */
  target: string
  /** Where the report points: a file of the Jekyll site and its line (0: the file as a whole). */
  file: string
  line: number
}

const MD_IMAGE = /!\[(?:[^\]\\\n]|\\.)*\]\(\s*(<[^>\n]+>|[^\s)]+)/g
const MD_IMAGE_REF = /!\[((?:[^\]\\\n]|\\.)*)\](?:\[([^\]\n]*)\])?/g
const REF_DEF = /^ {0,3}\[([^\]\n]+)\]:[ \t]*(<[^>\n]+>|\S+)/gm
// The attributes whose URLs a browser loads as an image, by tag.
const IMAGE_ATTRS: Record<string, string[]> = {
  img: ['src', 'srcset'],
  source: ['srcset'],
  video: ['poster'],
}

const decodeEntities = (value: string) =>
  value
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([\da-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

/** A URL as a browser reads it: `//host` is https; undefined for one that is not absolute. */
function absolute(url: string): string | undefined {
  const full = url.startsWith('//') ? `https:${url}` : url
  if (!/^https?:\/\//i.test(full)) return undefined
  try {
    return new URL(full).href
  } catch {
    return undefined
  }
}

/** Every image URL in Markdown or HTML text outside code, as written, with its 1-based line. */
export function imageReferences(text: string): { raw: string; url: string; line: number }[] {
  const found: { raw: string; url: string; line: number }[] = []
  const refs = new Map<string, string>()
  for (const m of text.matchAll(REF_DEF)) refs.set(m[1]!.trim().toLowerCase(), m[2]!)
  mapOutsideCode(text, (prose, startLine) => {
    const lineAt = (offset: number) => startLine + prose.slice(0, offset).split('\n').length - 1
    const add = (raw: string, url: string, offset: number) => {
      if (!raw.includes('{{')) found.push({ raw, url, line: lineAt(offset) })
    }
    for (const m of prose.matchAll(MD_IMAGE)) {
      const raw = m[1]!.replace(/^<|>$/g, '')
      add(raw, raw.replace(/\\(.)/g, '$1'), m.index)
    }
    for (const m of prose.matchAll(MD_IMAGE_REF)) {
      if (prose[m.index + m[0].length] === '(') continue
      const raw = refs.get((m[2] || m[1]!).trim().toLowerCase())?.replace(/^<|>$/g, '')
      if (raw) add(raw, raw, m.index)
    }
    for (const m of prose.matchAll(TAG)) {
      const attrs = IMAGE_ATTRS[m[2]!.toLowerCase()]
      if (m[1] || !attrs) continue
      for (const a of m[3]!.matchAll(ATTR)) {
        if (!attrs.includes(a[1]!.toLowerCase()) || a[2] === undefined) continue
        const value = a[2].replace(/^["']|["']$/g, '')
        const candidates =
          a[1]!.toLowerCase() === 'srcset'
            ? value.split(/\s*,\s*(?=\S)/).map((c) => c.trim().split(/\s+/)[0]!)
            : [value.trim()]
        for (const raw of candidates) if (raw) add(raw, decodeEntities(raw), m.index)
      }
    }
    return prose
  })
  return found
}

/** Text files a page's content can come from besides its source: data files and includes. */
function dataFiles(siteDir: string): string[] {
  const found: string[] = []
  const walk = (rel: string) => {
    const dir = path.join(siteDir, rel)
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory()) walk(path.posix.join(rel, entry.name))
      else if (/\.(ya?ml|json|csv|tsv|html?|md|markdown|liquid)$/i.test(entry.name))
        found.push(path.posix.join(rel, entry.name))
  }
  walk('_data')
  walk('_includes')
  return found
}

/**
 * Where `needle` is written in the Jekyll site: the line of its `nth` occurrence in `file` (the
 * planned file's occurrences follow the source's), else of the first in the data file or include
 * that a Liquid loop or `{% include %}` brought it from, else `file` as a whole.
 */
function whereIn(
  file: string,
  needle: string,
  nth: number,
  read: (rel: string) => string,
  others: () => string[],
): { file: string; line: number } {
  const at = (text: string, index: number) => text.slice(0, index).split('\n').length
  const text = read(file)
  let index = text.indexOf(needle)
  for (let i = 0, next = index; i < nth && next >= 0; i++) {
    next = text.indexOf(needle, next + needle.length)
    if (next >= 0) index = next
  }
  if (index >= 0) return { file, line: at(text, index) }
  for (const rel of others()) {
    const data = read(rel)
    const found = data.indexOf(needle)
    if (found >= 0) return { file: rel, line: at(data, found) }
  }
  return { file, line: 0 }
}

/**
 * The images of the planned `content/` files that are on other sites than the Jekyll site's own
 * (`origins`), each with the Jekyll file and line it came from (`sourceOf` maps a planned file to
 * its source; a file without one is reported as itself).
 */
export function findRemoteImages(
  files: { target: string; data: string | Buffer }[],
  options: { siteDir: string; origins: string[]; sourceOf: Map<string, string> },
): RemoteImage[] {
  // The site's own address (a project site's includes its path) is not another site.
  const own = (url: string) =>
    options.origins.some((o) => `${url.replace(/^http:/, 'https:')}`.startsWith(`${o}/`))
  const images: RemoteImage[] = []
  const texts = new Map<string, string>()
  const read = (rel: string) => {
    const full = path.join(options.siteDir, rel)
    if (!texts.has(rel)) texts.set(rel, fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : '')
    return texts.get(rel)!
  }
  let data: string[] | undefined
  const others = () => (data ??= dataFiles(options.siteDir))
  const add = (target: string, file: string, raw: string, url: string | undefined) => {
    const address = url && absolute(url)
    if (!address || own(address)) return
    const nth = images.filter((i) => i.target === target && i.raw === raw).length
    images.push({ raw, url: address, target, ...whereIn(file, raw, nth, read, others) })
  }
  for (const { target, data } of files) {
    if (typeof data !== 'string' || !target.startsWith('content/')) continue
    if (target === 'content/site.yaml') {
      const site = YAML.parse(data.replace(/^#.*\n/, '')) as { author?: { image?: unknown } }
      const avatar = site?.author?.image
      if (typeof avatar === 'string') add(target, '_config.yml', avatar, avatar)
      continue
    }
    if (!target.endsWith('.md')) continue
    const file = options.sourceOf.get(target) ?? target
    const doc = readFrontMatter(data)
    if (typeof doc?.data.image === 'string') add(target, file, doc.data.image, doc.data.image)
    for (const ref of imageReferences(doc?.body ?? data)) add(target, file, ref.raw, ref.url)
  }
  return images
}

/** When a signed link stops working (a GitHub `jwt`, an S3 `X-Amz-Expires`), if it says. */
export function signedUntil(url: string): Date | undefined {
  const params = new URL(url).searchParams
  const jwt = params.get('jwt')
  if (jwt) {
    try {
      const claims = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'))
      if (typeof claims.exp === 'number') return new Date(claims.exp * 1000)
    } catch {}
  }
  const date = params.get('X-Amz-Date')
  const seconds = Number(params.get('X-Amz-Expires'))
  const start = date && /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(date)
  if (start && seconds > 0)
    return new Date(
      Date.parse(`${start[1]}-${start[2]}-${start[3]}T${start[4]}:${start[5]}:${start[6]}Z`) +
        seconds * 1000,
    )
  return undefined
}

/** What the report says about an image on another site, before any copy. */
export function remoteImageNote(image: RemoteImage, now = new Date()): ImportNote {
  const host = new URL(image.url).host
  const until = signedUntil(image.url)
  const what = image.target === 'content/site.yaml' ? 'avatar' : 'image'
  const message =
    until && until < now
      ? `${what} ${image.url} is a signed link that expired on ${until.toISOString().slice(0, 10)}: it no longer loads, on the old site either; replace it with a copy of the image in public/`
      : `${what} on another site (${host}): ${image.url}; the build cannot check or size it, and the page logs an error wherever ${host} cannot be reached. --copy-remote-images copies it into public/`
  return { file: image.file, line: image.line, kind: 'flagged', message }
}
