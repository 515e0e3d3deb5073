import fs from 'node:fs'
import path from 'node:path'
import { lineColumnAt } from '@/lib/markdown/positions'
import { readFrontMatter } from './front-matter'
import type { ImportNote } from './report'
import { isSitePath, readSiteScript, SCRIPT_SRC, scriptPath } from './site-scripts'

/** A `<script src>` of the site's own that a layout loads. */
export interface LayoutScript {
  /** Site path of the script (`/assets/js/pronouns.js`). */
  src: string
  /** Where the layout loads it, `_layouts/default.html:12`. */
  at: string
  /** The file, where it is not the site's own (a library the site serves from app/vendor/). */
  file?: string
  /** How the layout loads it, where not in order with the page (`async`, `type="module"`). */
  loading?: 'async' | 'module'
}

/**
 * Libraries a layout loaded from a CDN that the site serves itself, from its own installed copy
 * (app/vendor/): `katex.render(…)` in a page's script keeps working without another host.
 */
const SERVED_LIBRARIES = [
  {
    cdn: /^(https?:)?\/\/.*\/katex(\.min)?\.js$/i,
    src: '/vendor/katex.min.js',
    file: 'node_modules/katex/dist/katex.min.js',
  },
]

// The names a script looks elements up by: a class, an id, or a CSS selector.
const LOOKUPS =
  /(getElementsByClassName|getElementById|querySelector(?:All)?|\$|jQuery)\(\s*["'`]([^"'`]+)["'`]/g

/** The site's own scripts the layout chain of a document loads, in order. */
export function layoutScripts(siteDir: string, layout: unknown): LayoutScript[] {
  const scripts: LayoutScript[] = []
  const seen = new Set<string>()
  let name = typeof layout === 'string' ? layout : undefined
  while (name && !seen.has(name) && seen.size < 10) {
    seen.add(name)
    const rel = ['.html', '.liquid', '']
      .map((ext) => path.join('_layouts', `${name}${ext}`))
      .find(
        (f) => fs.existsSync(path.join(siteDir, f)) && fs.statSync(path.join(siteDir, f)).isFile(),
      )
    if (!rel) break
    const text = fs.readFileSync(path.join(siteDir, rel), 'utf8')
    for (const m of text.matchAll(SCRIPT_SRC)) {
      const src = scriptPath(m[1]!)
      const at = `${rel}:${lineColumnAt(text, m.index).line}`
      const loading = scriptLoading(m[0])
      const served = SERVED_LIBRARIES.find((l) => l.cdn.test(src))
      if (served) scripts.push({ src: served.src, at, file: path.resolve(served.file), loading })
      // The site's own file (a CDN's is not the site's to serve).
      if (!isSitePath(src)) continue
      scripts.push({ src, at, loading })
    }
    name = readFrontMatter(text)?.data.layout as string | undefined
  }
  return scripts
}

/** Whether a `<script>` start tag runs out of order with the page: `async`, or a module. */
function scriptLoading(tag: string): LayoutScript['loading'] {
  if (/\stype\s*=\s*["']?module\b/i.test(tag)) return 'module'
  if (/\sasync\b/i.test(tag)) return 'async'
  return undefined
}

/** Classes and ids a script looks elements up by. */
function namesLookedUp(script: string): Set<string> {
  const names = new Set<string>()
  for (const m of script.matchAll(LOOKUPS)) {
    const [, how, arg] = m
    if (how === 'getElementsByClassName') arg!.split(/\s+/).forEach((c) => names.add(`.${c}`))
    else if (how === 'getElementById') names.add(`#${arg}`)
    else for (const t of arg!.matchAll(/[.#][\w-]+/g)) names.add(t[0])
  }
  return names
}

/** Classes and ids a document's body has (HTML attributes and kramdown attribute lists). */
function namesOf(body: string): Set<string> {
  const names = new Set<string>()
  for (const m of body.matchAll(/\b(class|id)\s*=\s*["']([^"']+)["']/gi))
    for (const v of m[2]!.split(/\s+/)) names.add(`${m[1]!.toLowerCase() === 'id' ? '#' : '.'}${v}`)
  for (const m of body.matchAll(/\{:?[^}\n]*\}/g))
    for (const t of m[0].matchAll(/(?<=[\s{:])[.#][\w-]+/g)) names.add(t[0])
  return names
}

/**
 * The layout's own scripts that fill elements of this document (`pronouns.js` filling its
 * `<span class="pronoun">`): the new site has its own layout, so the document loads them itself,
 * from the site's files, deferred (the Content-Security-Policy allows the site's own scripts).
 * Scripts that name nothing of the document (a library, analytics) stay behind.
 */
export function scriptsTheDocumentNeeds(
  siteDir: string,
  layout: unknown,
  body: string,
  source: string,
): { text: string; notes: ImportNote[] } {
  const notes: ImportNote[] = []
  let text = ''
  for (const { script, named } of fillingScripts(siteDir, layout, body)) {
    text += `<script src="${script.src}"${libraryLoading(script, false)}></script>\n`
    notes.push({
      file: source,
      line: 0,
      kind: 'converted',
      message: `the layout's script ${script.src} (${script.at}) fills ${named.join(', ')} here: the page loads it itself`,
    })
  }
  return { text, notes }
}

/** A layout script's text: the site's file, or the site's own copy of a CDN library. */
const readScript = (siteDir: string, script: LayoutScript) =>
  readSiteScript(siteDir, script.src, script.file)

/** The layout's scripts that look up elements this document has, with the names they look up. */
function fillingScripts(siteDir: string, layout: unknown, body: string) {
  const own = namesOf(body)
  const found: { script: LayoutScript; text: string; named: string[] }[] = []
  for (const script of layoutScripts(siteDir, layout)) {
    const text = readScript(siteDir, script)
    if (text === undefined || body.includes(script.src)) continue
    const named = [...namesLookedUp(text)].filter((n) => own.has(n))
    if (named.length) found.push({ script, text, named })
  }
  return found
}

// How a library publishes itself: `t.d3=t.d3||{}` (UMD), `a.jQuery=a.$=r`, `window.Plotly =`.
const GLOBAL_SET =
  /(?:^|[^\w$.])(?:window|self|globalThis|global|this|[A-Za-z_$])\.([A-Za-z_$][\w$]*)\s*=(?!=)/g
// What a script declares itself, so a name it uses is not taken for a library's.
const DECLARED = /\b(?:var|let|const|function|class)\s+([A-Za-z_$][\w$]*)/g
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi

/** Names a script uses as free variables (`d3.select(`, `$(`), minus what it declares. */
function freeNames(script: string): Set<string> {
  const declared = new Set([...script.matchAll(DECLARED)].map((m) => m[1]!))
  const used = new Set<string>()
  for (const m of script.matchAll(/(?:^|[^\w$.])([A-Za-z_$][\w$]*)\s*[.(]/g))
    if (!declared.has(m[1]!)) used.add(m[1]!)
  return used
}

/** Whether a script mentions a name at all (`t.d3`, `jQuery.fn`): an extension of that library. */
const mentions = (script: string, name: string) =>
  new RegExp(`(?:^|[^\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(script)

/**
 * The layout's own libraries the document's scripts use (`d3`, jQuery's `$`, from the site's
 * files, as default.html loaded them in its head), and the layout's later scripts that extend
 * them. The document loads them first, in the layout's order, with `defer`: they no longer hold up
 * the page's first paint, and its own scripts (deferred too, by convertScripts, or modules) still
 * run after them, in document order. A page with an `async` script of its own, which runs whenever
 * it arrives, keeps them blocking, so that script finds them loaded as it did. Libraries the
 * document never names stay behind.
 */
export function librariesTheDocumentNeeds(
  siteDir: string,
  layout: unknown,
  body: string,
  source: string,
): { text: string; notes: ImportNote[] } {
  // The document's scripts: inline ones, and the site's own files it loads.
  const own = [
    ...[...body.matchAll(INLINE_SCRIPT)].map((m) => m[1]!),
    ...[...body.matchAll(SCRIPT_SRC)].map((m) => readSiteScript(siteDir, scriptPath(m[1]!)) ?? ''),
  ]
  const used = new Set(own.flatMap((s) => [...freeNames(s)]))
  // The layout's scripts the page carries (scriptsTheDocumentNeeds): what they use comes too
  // (Bootstrap's plugins need jQuery).
  const filling = fillingScripts(siteDir, layout, body)
  const carried = new Set(filling.map((f) => f.script.src))
  const notes: ImportNote[] = []
  const needed: string[] = []
  const blocking = /<script\b[^>]*\sasync\b/i.test(body)
  let text = ''
  for (const script of layoutScripts(siteDir, layout)) {
    const lib = readScript(siteDir, script)
    if (lib === undefined || body.includes(script.src) || carried.has(script.src)) continue
    const published = [...new Set([...lib.matchAll(GLOBAL_SET)].map((m) => m[1]!))].filter(
      isLibraryName,
    )
    const sets = published.filter((n) => used.has(n))
    const forCarried = published.filter(
      (n) => !sets.includes(n) && filling.some((f) => usesGlobal(f.text, n)),
    )
    const extends_ = needed.filter((n) => mentions(lib, n))
    if (!sets.length && !forCarried.length && !extends_.length) continue
    needed.push(...sets, ...forCarried)
    text += `<script src="${script.src}"${libraryLoading(script, blocking)}></script>\n`
    notes.push({
      file: source,
      line: 0,
      kind: 'converted',
      message: sets.length
        ? `the page's scripts use ${sets.join(', ')}, which the layout's ${script.src} (${script.at}) provided: the page loads it itself, before its own scripts`
        : forCarried.length
          ? `the layout's scripts this page loads use ${forCarried.join(', ')}, which the layout's ${script.src} (${script.at}) provided: the page loads it first`
          : `the layout's ${script.src} (${script.at}) extends ${extends_.join(', ')}: the page loads it after that library`,
    })
  }
  return { text, notes }
}

/** The attribute a carried library loads with: as the layout had it, else deferred. */
function libraryLoading(script: LayoutScript, blocking: boolean): string {
  if (script.loading === 'module') return ' type="module"'
  if (script.loading === 'async') return ' async'
  return blocking ? '' : ' defer'
}

// The browser's own globals, which a minified library assigns properties of (`t.window=`) without
// publishing them, and which every page script uses.
const BROWSER_GLOBALS = new Set([
  'window',
  'self',
  'globalThis',
  'global',
  'document',
  'navigator',
  'location',
  'history',
  'console',
  'top',
  'parent',
  'frames',
  'screen',
  'performance',
  'localStorage',
  'sessionStorage',
])

/**
 * Whether a name a library sets can be what it publishes: not one of the browser's or the
 * language's own globals, and not a one-letter name (minified code's `t.M=`, `e.A=` are internal
 * properties; a page script's `A` or `M` is its own variable).
 */
const isLibraryName = (n: string) => n.length > 1 && !BROWSER_GLOBALS.has(n) && !(n in globalThis)

/** Whether a script uses `name` as a global: not as a property (`x.name`), not declaring it. */
function usesGlobal(script: string, name: string): boolean {
  const n = name.replace(/\$/g, '\\$')
  return (
    new RegExp(`(?:^|[^\\w$.])${n}(?![\\w$:])`).test(script) &&
    !new RegExp(`\\b(?:var|let|const|function|class)\\s+${n}(?![\\w$])`).test(script)
  )
}
