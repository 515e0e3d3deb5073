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
import type { Element, Nodes, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { hasHydrateMarker } from '@/lib/hydration'

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

export interface StripResult {
  html: string
  /** The page carries the hydration marker and was left as it was. */
  hydrated: boolean
  /** How many nodes were cut out. */
  removed: number
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : '')).join('')
}

function tokens(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []
}

export function stripRuntime(html: string, basePath: string, file = 'page'): StripResult {
  const tree: Root = fromHtml(html)
  const runtime = `${basePath}/_next/`
  const underRuntime = (href: unknown) =>
    typeof href === 'string' && new URL(href, 'http://site.invalid').pathname.startsWith(runtime)

  const cut: Nodes[] = []
  let hydrated = false
  const visit = (node: Nodes): void => {
    if (node.type === 'comment') {
      if (STREAMING_MARKERS.has(node.value))
        throw new Error(
          `${file}: content streamed by React needs the runtime (<!--${node.value}-->)`,
        )
      if (REACT_MARKERS.has(node.value)) cut.push(node)
      return
    }
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element') {
      const p = node.properties
      if (hasHydrateMarker(p)) hydrated = true
      if (node.tagName === 'script') {
        const text = textOf(node).trimStart()
        if (
          p.src !== undefined
            ? underRuntime(p.src)
            : NEXT_INLINE_SCRIPTS.some((s) => text.startsWith(s))
        )
          cut.push(node)
        else if (STREAMING_SCRIPT.test(text))
          throw new Error(
            `${file}: content streamed by React needs the runtime (${text.slice(0, 4)})`,
          )
        return
      }
      if (node.tagName === 'link') {
        const rel = tokens(p.rel)
        const preloadsScript =
          rel.includes('modulepreload') || (rel.includes('preload') && p.as === 'script')
        if (preloadsScript && underRuntime(p.href)) cut.push(node)
        return
      }
      if (
        node.tagName === 'div' &&
        p.hidden !== undefined &&
        node.children.length > 0 &&
        node.children.every((c) => c.type === 'comment' && REACT_MARKERS.has(c.value))
      ) {
        cut.push(node)
        return
      }
    }
    for (const child of node.children) visit(child)
  }
  visit(tree)
  if (hydrated || !cut.length) return { html, hydrated, removed: 0 }

  // The kept stretches between the cuts, joined once (cutting one node at a time would copy the
  // whole page for each of its hundreds of markers).
  const kept: string[] = []
  let from = 0
  for (const node of cut) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined)
      throw new Error(
        `${file}: the parser gave no position for a <${'tagName' in node ? node.tagName : node.type}>`,
      )
    kept.push(html.slice(from, start))
    from = end
  }
  kept.push(html.slice(from))
  const out = kept.join('')
  return { html: out, hydrated, removed: cut.length }
}
