import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pLimit from 'p-limit'
import { cacheRoot, saveCacheFile } from '@/lib/content/document-cache'
import { schemeOf } from '@/lib/url-safety'
import { attr, elements, pageHashes, parseHtml, position, type Element } from './html'

/** One broken reference: the page, where in it, the URL as written, and what is wrong. */
export interface BrokenLink {
  page: string
  at: string
  url: string
  problem: string
}

export function formatBrokenLink(b: BrokenLink): string {
  return `${b.page}:${b.at}: broken link "${b.url}": ${b.problem}`
}

// Hints that name an origin rather than a resource: nothing to check.
const ORIGIN_HINTS = /(^|\s)(preconnect|dns-prefetch)(\s|$)/i

/** The URLs an element refers to, as written. */
function references(el: Element): string[] {
  const urls: string[] = []
  const add = (name: string) => {
    const value = attr(el, name)
    if (value !== undefined) urls.push(value)
  }
  switch (el.tagName) {
    case 'a':
    case 'area':
      add('href')
      break
    case 'link':
      if (!ORIGIN_HINTS.test(attr(el, 'rel') ?? '')) add('href')
      break
    case 'img':
    case 'source':
      add('src')
      for (const candidate of (attr(el, 'srcset') ?? '').split(','))
        if (candidate.trim()) urls.push(candidate.trim().split(/\s+/)[0]!)
      break
    case 'script':
    case 'iframe':
    case 'audio':
    case 'track':
    case 'embed':
      add('src')
      break
    case 'video':
      add('src')
      add('poster')
      break
    case 'object':
      add('data')
      break
    case 'meta': {
      // The redirect pages: <meta http-equiv="refresh" content="0; url=/new/">
      const refresh =
        attr(el, 'http-equiv')?.toLowerCase() === 'refresh' ? attr(el, 'content') : undefined
      const target = refresh?.match(/url\s*=\s*['"]?([^'"]+)/i)?.[1]
      if (target) urls.push(target.trim())
    }
  }
  return urls
}

interface Page {
  ids: Set<string>
  refs: { url: string; at: string }[]
}

/** What a page links to and which ids it holds, as the link check stores it. */
export type PageLinks = { ids: string[]; refs: Page['refs'] }

/**
 * The links and ids of a parsed page's elements; `at` gives an element's `line:col` in the page
 * (for elements parsed from the page as it is published, `position`).
 */
export function linksAndIds(
  all: Iterable<Element>,
  at: (el: Element) => string = position,
): PageLinks {
  const ids = new Set<string>()
  const refs: Page['refs'] = []
  for (const el of all) {
    const id = attr(el, 'id')
    if (id) ids.add(id)
    const name = el.tagName === 'a' ? attr(el, 'name') : undefined
    if (name) ids.add(name)
    for (const url of references(el)) refs.push({ url, at: at(el) })
  }
  return { ids: [...ids], refs }
}

/**
 * What each page links to and which ids it holds, by a hash of the page's bytes and of the code
 * that reads them: a rebuild parses only the pages that changed. Only the latest export's pages
 * are kept. `known` are pages read by the build's last pass over them (scripts/output/finish-pages.ts),
 * by the hash of what it wrote, so that the check parses none of them again.
 */
function pageCache(known: ReadonlyMap<string, PageLinks>) {
  const code = createHash('sha256')
  for (const source of ['./links.ts', './html.ts'])
    code.update(fs.readFileSync(new URL(source, import.meta.url)))
  const file = path.join(cacheRoot(), 'links', `${code.digest('hex').slice(0, 16)}.json`)
  let stored: Record<string, PageLinks> = {}
  try {
    stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, PageLinks>
  } catch {
    // No cache yet: every page is parsed.
  }
  const fresh: Record<string, PageLinks> = {}
  return {
    read(dir: string, name: string, hash: string): Page {
      const links =
        known.get(hash) ??
        stored[hash] ??
        linksAndIds(elements(parseHtml(fs.readFileSync(path.join(dir, name), 'utf8'))))
      fresh[hash] = links
      return { ids: new Set(links.ids), refs: links.refs }
    },
    save: () => saveCacheFile(file, JSON.stringify(fresh)),
  }
}

/** The page URL an exported file answers at: `posts/index.html` → `/base/posts/`. */
function exportedFileUrl(basePath: string, file: string): string {
  return `${basePath}/${file.replace(/(^|\/)index\.html$/, '$1')}`
}

/**
 * Checks every internal `href`, `src`, `srcset`, `poster` and refresh URL in every page of an
 * export: the file it names exists (a folder URL needs its index.html) and a `#fragment` names an
 * element of the target page. External URLs are returned for the optional network check.
 */
export function checkLinks(
  dir: string,
  basePath: string,
  hashes = pageHashes(dir),
  known: ReadonlyMap<string, PageLinks> = new Map(),
): { broken: BrokenLink[]; pages: number; links: number; external: Map<string, string> } {
  const files = new Set(
    (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')),
  )
  const pages = new Map<string, Page>()
  const cache = pageCache(known)
  const load = (file: string) => {
    let page = pages.get(file)
    if (!page) pages.set(file, (page = cache.read(dir, file, hashes.get(file)!)))
    return page
  }
  const broken: BrokenLink[] = []
  const external = new Map<string, string>()
  let links = 0
  for (const file of hashes.keys()) {
    const base = new URL(exportedFileUrl(basePath, file), 'http://site.invalid')
    for (const { url, at } of load(file).refs) {
      links++
      const report = (problem: string) => broken.push({ page: file, at, url, problem })
      if (/^(javascript|vbscript)$/.test(schemeOf(url) ?? '')) {
        report('a script URL (expected a page, a file or an http(s) address)')
        continue
      }
      let target: URL
      try {
        target = new URL(url, base)
      } catch {
        report('not a valid URL')
        continue
      }
      if (target.origin !== base.origin) {
        if (/^https?:$/.test(target.protocol))
          external.set(target.href.replace(/#.*/, ''), `${file}:${at}`)
        continue
      }
      const prefix = `${basePath}/`
      if (!target.pathname.startsWith(prefix)) {
        report(`outside the site's base path ${prefix}`)
        continue
      }
      let rel: string
      try {
        rel = decodeURIComponent(target.pathname.slice(prefix.length))
      } catch {
        report('badly percent-encoded')
        continue
      }
      const candidates =
        rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`]
      const found = candidates.find(
        (c) => files.has(c) && !fs.statSync(path.join(dir, c)).isDirectory(),
      )
      if (!found) {
        report(`no such file in the export (looked for ${candidates.join(' and ')})`)
        continue
      }
      const fragment = decodeURIComponent(target.hash.slice(1))
      if (
        fragment &&
        fragment !== 'top' &&
        found.endsWith('.html') &&
        !load(found).ids.has(fragment)
      )
        report(`${found} has no element with id "${fragment}"`)
    }
  }
  cache.save()
  return { broken, pages: hashes.size, links, external }
}

/**
 * Fetches external URLs (HEAD, then GET when a server refuses HEAD), a few at a time, and returns
 * the ones that do not answer with a success or redirect status. Opt-in: it needs the network.
 */
export async function checkExternal(
  urls: Map<string, string>,
  timeoutMs = 10_000,
): Promise<string[]> {
  const failures: string[] = []
  const limit = pLimit(8)
  const check = async (url: string, where: string) => {
    try {
      let res = await fetch(url, {
        method: 'HEAD',
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs),
      })
      if (res.status === 405 || res.status === 403)
        res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) })
      if (res.status >= 400)
        failures.push(`${where}: external link "${url}" answered ${res.status}`)
    } catch (error) {
      failures.push(`${where}: external link "${url}" failed: ${(error as Error).message}`)
    }
  }
  await Promise.all([...urls].map(([url, where]) => limit(() => check(url, where))))
  return failures.sort()
}
