import fs from 'node:fs'
import path from 'node:path'
import postcss, { type AtRule, type Container, type Root, type Rule } from 'postcss'
import * as sass from 'sass'
import { resolveInside } from '@/lib/content/roots'
import type { ImportNote } from './report'

/** A stylesheet the site's layouts link, as the browser got it (Sass compiled). */
export interface SiteStylesheet {
  /** Relative to the site folder: `style.scss`, `css/bootstrap.min.css`. */
  source: string
  /** Where the old site served it (`/style.css`): its relative `url()`s are relative to this. */
  url: string
  root: Root
}

// `<link rel="stylesheet" href="…">` in a layout or include, any attribute order; the value may
// hold Liquid with quotes of its own (`href="{{ "/css/main.css" | prepend: site.baseurl }}"`).
const LINK =
  /<link\b(?=[^>]*\brel\s*=\s*["']?stylesheet)[^>]*?\bhref\s*=\s*(["'])((?:\{\{.*?\}\}|(?!\1).)*?)\1/gi
// The ways a Jekyll layout writes one of the site's own URLs: `{{ site.baseurl }}/css/x.css`,
// `{{ "/css/x.css" | prepend: site.baseurl }}`, `{{ '/css/x.css' | relative_url }}`.
const BASEURL = /^\{\{-?\s*site\.baseurl\s*-?\}\}/
const FILTERED =
  /^\{\{-?\s*(["'])(\/[^"']+)\1\s*\|\s*(?:prepend:\s*site\.baseurl|relative_url|absolute_url)\s*-?\}\}$/
const FRONT_MATTER = /^---\r?\n(?:[\s\S]*?\r?\n)?---\r?\n/
// Larger stylesheets are not read (a real theme's is a few hundred KB at most).
const MAX_BYTES = 2 * 1024 * 1024

/** The site path an href names, or undefined for another host's or one Liquid builds otherwise. */
function sitePath(href: string): string | undefined {
  const filtered = FILTERED.exec(href.trim())
  const url = filtered ? filtered[2]! : href.trim().replace(BASEURL, '')
  if (!url.startsWith('/') || url.startsWith('//') || /\{[{%]/.test(url)) return undefined
  return url.split(/[?#]/)[0]
}

/** Compiles a Sass source the way Jekyll would, its partials from `_sass`; undefined if it fails. */
function compileSass(siteDir: string, file: string, text: string): string {
  return sass.compileString(text.replace(FRONT_MATTER, ''), {
    syntax: file.endsWith('.sass') ? 'indented' : 'scss',
    loadPaths: [path.dirname(file), path.join(siteDir, '_sass')],
    logger: sass.Logger.silent,
    style: 'expanded',
  }).css
}

/**
 * The stylesheets of the site's own that its layouts and includes link (`/style.css`, made by
 * Jekyll from `style.scss`), compiled and parsed. One that does not compile (a partial of a theme
 * gem the folder does not hold, say) is left out, and the report says so.
 */
export function siteStylesheets(siteDir: string, notes: ImportNote[]): SiteStylesheet[] {
  const root = fs.realpathSync(siteDir)
  const hrefs = new Set<string>()
  for (const dir of ['_layouts', '_includes'].map((d) => path.join(siteDir, d))) {
    if (!fs.existsSync(dir)) continue
    for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
      const file = resolveInside(path.join(dir, name), [root])
      if (
        !file ||
        !/\.html?$/i.test(file) ||
        !fs.statSync(file, { throwIfNoEntry: false })?.isFile()
      )
        continue
      for (const m of fs.readFileSync(file, 'utf8').matchAll(LINK)) {
        const url = sitePath(m[2]!)
        if (url) hrefs.add(url)
      }
    }
  }
  const sheets: SiteStylesheet[] = []
  for (const url of [...hrefs].sort()) {
    let decoded: string
    try {
      decoded = decodeURI(url)
    } catch {
      continue
    }
    const stem = decoded.replace(/\.css$/i, '')
    const candidates = [decoded, `${stem}.scss`, `${stem}.sass`]
    for (const candidate of candidates) {
      const file = resolveInside(path.join(siteDir, `.${candidate}`), [root])
      const stat = file && fs.statSync(file, { throwIfNoEntry: false })
      if (!stat || !stat.isFile() || stat.size > MAX_BYTES) continue
      const source = path.relative(root, file).split(path.sep).join('/')
      try {
        const text = fs.readFileSync(file, 'utf8')
        const css = /\.s[ac]ss$/i.test(file) ? compileSass(siteDir, file, text) : text
        sheets.push({ source, url, root: postcss.parse(css) })
      } catch (error) {
        notes.push({
          file: source,
          line: 1,
          kind: 'flagged',
          message: `stylesheet ${url} not carried over for the posts' charts: ${String((error as Error).message).split('\n')[0]}`,
        })
      }
      break
    }
  }
  return sheets
}

// A `url()` in a declaration, quoted or not.
const CSS_URL = /url\(\s*(["']?)([^"')]+)\1\s*\)/gi
// Every class and id a selector names; a selector with an escape is left alone.
const NAMES = /[.#](-?[_a-zA-Z][\w-]*)/g
// Selectors about the whole page, which the site's own layout styles.
const PAGE = /(^|[\s>+~,(])(html|body|:root)\b/i

/** `ref` (relative to the stylesheet at `base`) as a path on the site. */
function sitePathOf(ref: string, base: string): string {
  const url = new URL(ref, `http://site.invalid${base}`)
  return url.pathname + url.search + url.hash
}

/** Whether every class and id of `selector` is one of `names`, and it names at least one. */
function drawnBy(selector: string, names: Set<string>): boolean {
  if (selector.includes('\\') || PAGE.test(selector)) return false
  // Attribute selectors' values (`[href$=".pdf"]`) are not names.
  const bare = selector.replace(/\[[^\]]*\]/g, '[]')
  const named = [...bare.matchAll(NAMES)].map((m) => m[1]!)
  return named.length > 0 && named.every((n) => names.has(n))
}

/**
 * The rules of the site's stylesheets for what a document's scripts draw: each rule whose
 * selector names only classes and ids that the scripts name (`.sigmoid-line`, drawn by
 * `.attr("class", "sigmoid-line")`), inside the `@media` rules it was in, scoped to the post's
 * text. On the old site these came with the layout; the new one has a layout of its own, so a
 * chart drawn without them lost its styles (a line's area filled black). With `toBody` (the
 * scripts add elements to `<body>` itself, as a tooltip that follows the pointer is), each rule
 * also applies from a child of `<body>` down: such an element is outside the post's text. `count`
 * 0 when none does; `from` names the stylesheets they came from.
 */
export function rulesForDrawing(
  sheets: SiteStylesheet[],
  names: Set<string>,
  { toBody = false }: { toBody?: boolean } = {},
): { css: string; count: number; from: string[] } {
  const out = postcss.root()
  let count = 0
  const from = new Set<string>()
  for (const sheet of sheets)
    sheet.root.walkRules((rule: Rule) => {
      for (let p = rule.parent; p && p.type === 'atrule'; p = p.parent)
        if (/keyframes$/i.test((p as AtRule).name)) return
      const selectors = rule.selectors.filter((s) => drawnBy(s, names))
      if (!selectors.length) return
      const copy = rule.clone()
      copy.walkDecls((d) => {
        d.value = d.value.replace(CSS_URL, (whole, quote: string, ref: string) =>
          /^([a-z][\w+.-]*:|\/|#)/i.test(ref)
            ? whole
            : `url(${quote}${sitePathOf(ref, sheet.url)}${quote})`,
        )
      })
      copy.selectors = selectors.flatMap((s) =>
        toBody ? [`.prose ${s.trim()}`, `body > ${s.trim()}`] : [`.prose ${s.trim()}`],
      )
      let into: Container = out
      const chain: AtRule[] = []
      for (let p = rule.parent; p && p.type === 'atrule'; p = p.parent) chain.unshift(p as AtRule)
      for (const at of chain) {
        const wrapper = at.clone({ nodes: [] })
        into.append(wrapper)
        into = wrapper
      }
      into.append(copy)
      count++
      from.add(sheet.source)
    })
  return { css: count ? `${out.toString().trim()}\n` : '', count, from: [...from] }
}
