/**
 * Every exported page that needs no hydration loses Next.js's client runtime, so it ships only its
 * HTML, its stylesheets and the site's own small scripts (run on every page by
 * scripts/output/finish-pages.ts, the build's last change to the pages).
 *
 * Removed, and only from pages without an interactive component (see lib/hydration.ts):
 * - `<script src>` under `<basePath>/_next/` (React, the router, the page's chunks, the polyfills);
 * - `<link rel="preload" as="script">` and `<link rel="modulepreload">` under `<basePath>/_next/`;
 * - Next.js's inline scripts: the flight data (`self.__next_f`), a second copy of the page that
 *   only hydration reads, and Turbopack's chunk list (`globalThis["TURBOPACK"]`);
 * - React's hydration markers: boundary comments (`<!--$-->`, `<!--/$-->`), text separators
 *   (`<!-- -->`) and the empty `<div hidden>` that holds the metadata boundary.
 * From every page, hydrated or not, a `<link rel="preconnect">` to the site's own origin goes too:
 * Next.js adds `href="/"` for its fonts, which under a base path names a place outside the site and
 * on any site opens a connection the page already has.
 * Everything else stays byte for byte: stylesheets, font preloads, JSON-LD, the site's own inline
 * and external scripts (theme, search, copy buttons). The page is parsed with an HTML parser and
 * the removed nodes are cut out at the positions it reports, so nothing is re-serialised.
 *
 * The RSC payload files (`index.txt`, `__next.*.txt`) of a stripped page are removed afterwards
 * (`removePayloads`), except where a page that hydrates links to it: that page prefetches them
 * through its `next/link`s and navigates with them.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { DefaultTreeAdapterTypes as T } from 'parse5'
import { hasHydrateMarker } from '@/lib/hydration'
import { attr, elements, htmlFiles, parseHtml, textOf } from './output/html'

/** How Next.js's own inline scripts begin (the flight data and Turbopack's chunk registry). */
const NEXT_INLINE_SCRIPTS = [
  '(self.__next_f=self.__next_f||[]).push(',
  'self.__next_f.push(',
  '(globalThis["TURBOPACK"]',
]
/** React's markers for a completed Suspense boundary and between adjacent text nodes. */
const REACT_MARKERS = new Set(['$', '/$', ' '])
/**
 * Markers of content that React streams in or renders on the client (a pending or failed
 * boundary, and the inline scripts that move streamed content into place): such a page cannot
 * work without the runtime, so it is an error rather than something to strip.
 */
const STREAMING_MARKERS = new Set(['$?', '$!'])
const STREAMING_SCRIPT = /^\$R[A-Z]\s*=/

/** A stretch of a page, from its start offset to its end offset (exclusive). */
export type Range = [start: number, end: number]

export interface RuntimeParts {
  /** The page carries the hydration marker: nothing is to be removed. */
  hydrated: boolean
  /** What to remove, in page order (for a hydrated page, only a preconnect to itself). */
  cut: Range[]
}

const isComment = (node: T.ChildNode): node is T.CommentNode => node.nodeName === '#comment'

/** Finds the runtime in a page parsed with positions (`parseHtml`); throws for streamed content. */
export function findRuntime(doc: T.Document, basePath: string, file = 'page'): RuntimeParts {
  const runtime = `${basePath}/_next/`
  const underRuntime = (href: string | undefined) =>
    href !== undefined && new URL(href, 'http://site.invalid').pathname.startsWith(runtime)
  const range = (node: T.ChildNode): Range => {
    const loc = node.sourceCodeLocation
    if (!loc) throw new Error(`${file}: the parser gave no position for a <${node.nodeName}>`)
    return [loc.startOffset, loc.endOffset]
  }

  const cut: Range[] = []
  // What goes from a hydrated page too.
  const always: Range[] = []
  let hydrated = false
  const visit = (node: T.ChildNode): void => {
    if (isComment(node)) {
      if (STREAMING_MARKERS.has(node.data))
        throw new Error(
          `${file}: content streamed by React needs the runtime (<!--${node.data}-->)`,
        )
      if (REACT_MARKERS.has(node.data)) cut.push(range(node))
      return
    }
    if (!('tagName' in node)) return
    if (hasHydrateMarker(node.attrs)) hydrated = true
    if (node.tagName === 'script') {
      const text = textOf(node).trimStart()
      const src = attr(node, 'src')
      if (
        src !== undefined ? underRuntime(src) : NEXT_INLINE_SCRIPTS.some((s) => text.startsWith(s))
      )
        cut.push(range(node))
      else if (STREAMING_SCRIPT.test(text))
        throw new Error(
          `${file}: content streamed by React needs the runtime (${text.slice(0, 4)})`,
        )
      return
    }
    if (node.tagName === 'link') {
      const rel = (attr(node, 'rel') ?? '').split(/\s+/)
      const preloadsScript =
        rel.includes('modulepreload') || (rel.includes('preload') && attr(node, 'as') === 'script')
      if (preloadsScript && underRuntime(attr(node, 'href'))) cut.push(range(node))
      else if (rel.includes('preconnect') && sameOrigin(attr(node, 'href'))) {
        cut.push(range(node))
        always.push(range(node))
      }
      return
    }
    if (
      node.tagName === 'div' &&
      attr(node, 'hidden') !== undefined &&
      node.childNodes.length > 0 &&
      node.childNodes.every((c) => isComment(c) && REACT_MARKERS.has(c.data))
    ) {
      cut.push(range(node))
      return
    }
    // A <template>'s content is a fragment of its own, not among its child nodes.
    node.childNodes.forEach(visit)
  }
  doc.childNodes.forEach(visit)
  return { hydrated, cut: hydrated ? always : cut }
}

const SITE = 'http://site.invalid'
const sameOrigin = (href: string | undefined) =>
  href !== undefined && new URL(href, SITE).origin === SITE

/** The RSC payload files Next.js writes beside a page's `index.html`. */
const PAYLOAD = /^(index\.txt|__next\..*\.txt)$/

/**
 * Removes the RSC payloads of every page in `dir` but those a page in `hydrated` (relative to
 * `dir`) links to, and the hydrated pages' own: only the Next.js router reads them, and only pages
 * that hydrate run it. Returns the number of files and bytes removed.
 */
export function removePayloads(
  dir: string,
  basePath: string,
  hydrated: string[],
  /** Pages whose payloads are removed even when a hydrating page links to them. */
  always: ReadonlySet<string> = new Set(),
): { files: number; bytes: number } {
  const keep = new Set(hydrated.map((page) => path.dirname(path.join(dir, page))))
  for (const page of hydrated)
    for (const el of elements(parseHtml(fs.readFileSync(path.join(dir, page), 'utf8')))) {
      const href = el.tagName === 'a' ? attr(el, 'href') : undefined
      if (href === undefined) continue
      const url = new URL(href, `${SITE}/${page}`)
      if (url.origin !== SITE || !url.pathname.startsWith(`${basePath}/`)) continue
      keep.add(path.join(dir, decodeURIComponent(url.pathname.slice(basePath.length)), '.'))
    }
  const removed = { files: 0, bytes: 0 }
  for (const page of htmlFiles(dir)) {
    const folder = path.dirname(path.join(dir, page))
    if (page.startsWith('_next/') || (keep.has(folder) && !always.has(page))) continue
    for (const name of fs.readdirSync(folder)) {
      if (!PAYLOAD.test(name)) continue
      const file = path.join(folder, name)
      removed.bytes += fs.statSync(file).size
      removed.files++
      fs.rmSync(file)
    }
  }
  return removed
}

/** The page without the given stretches (in page order), joined once. */
export function cutOut(html: string, cut: Range[]): string {
  // Cutting one stretch at a time would copy the whole page for each of its hundreds of markers.
  const kept: string[] = []
  let from = 0
  for (const [start, end] of cut) {
    kept.push(html.slice(from, start))
    from = end
  }
  kept.push(html.slice(from))
  return kept.join('')
}

export interface StripResult {
  html: string
  /** The page carries the hydration marker and was left as it was. */
  hydrated: boolean
  /** How many nodes were cut out. */
  removed: number
}

/** Removes the runtime from a page (the build does this and more in one pass: finish-pages.ts). */
export function stripRuntime(html: string, basePath: string, file = 'page'): StripResult {
  const { hydrated, cut } = findRuntime(parseHtml(html), basePath, file)
  return { html: cut.length ? cutOut(html, cut) : html, hydrated, removed: cut.length }
}
