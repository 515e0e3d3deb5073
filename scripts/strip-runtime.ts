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
 * Everything else stays byte for byte: stylesheets, font preloads, JSON-LD, the site's own inline
 * and external scripts (theme, search, copy buttons). The page is parsed with an HTML parser and
 * the removed nodes are cut out at the positions it reports, so nothing is re-serialised.
 *
 * The RSC payload files (`index.txt`, `__next.*.txt`) stay: a page that hydrates prefetches them
 * through its `next/link`s and navigates with them, also to stripped pages.
 */
import type { DefaultTreeAdapterTypes as T } from 'parse5'
import { hasHydrateMarker } from '@/lib/hydration'
import { attr, parseHtml, textOf } from './output/html'

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
  /** What to remove, in page order (empty for a hydrated page). */
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
  return { hydrated, cut: hydrated ? [] : cut }
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
