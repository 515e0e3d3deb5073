import path from 'node:path'
import { VOID } from '@/lib/markdown/raw-html-text'
import { readFrontMatter } from './front-matter'
import { readInsideSite } from './walk'

/** Where the page's text goes in a layout evaluated at import. */
const CONTENT = 'JEKYLL-IMPORT-PAGE-CONTENT-7f3a'
const MAX_LAYOUTS = 10
const MAX_INCLUDE_DEPTH = 3
// The site's frame (head, header, footer): the new site has its own.
const FRAME = /<(html|head|body)\b|<!doctype/i
const DATA = /\bsite\.data\b/

export interface LayoutData {
  /** HTML before and after the page's own text. */
  before: string
  after: string
  /** The layouts whose output was written in, and their files. */
  layouts: string[]
  files: string[]
}

/**
 * What a page's own layouts showed from the site's `_data/` around its text: hand-made academic
 * sites keep a CV or a publication list in `_data/` and a layout (`layout: cv`) that loops over
 * it. A layout of the page's chain below the site's frame that shows the data (itself or through
 * an include) and needs nothing else the import cannot know (`evaluate` decides, as for the
 * page's own Liquid) is evaluated once; the page's text goes where its `{{ content }}` was.
 * Layouts that add only the title or the date are left to the site's own. Undefined when no
 * layout was written in.
 */
export function layoutData(
  siteDir: string,
  layout: unknown,
  evaluate: (template: string, scope: Record<string, unknown>) => string | undefined,
  page: Record<string, unknown>,
  readInclude: (name: string) => string | undefined,
): LayoutData | undefined {
  let before = ''
  let after = ''
  const layouts: string[] = []
  const files: string[] = []
  const seen = new Set<string>()
  let name = typeof layout === 'string' ? layout : undefined
  while (name && !seen.has(name) && seen.size < MAX_LAYOUTS) {
    seen.add(name)
    const found = ['.html', '.liquid']
      .map((ext) => ({
        file: `_layouts/${name}${ext}`,
        text: readInsideSite(
          siteDir,
          `${name}${ext}`,
          path.join(siteDir, '_layouts', `${name}${ext}`),
        ),
      }))
      .find((t) => t.text !== undefined)
    if (!found) break
    const text = found.text!
    const fm = readFrontMatter(text)
    const body = fm?.body ?? text
    if (FRAME.test(body)) break
    const output = showsData(body, readInclude, 0)
      ? evaluate(withoutPostLoops(body), { page, content: CONTENT })
      : undefined
    if (output !== undefined) {
      const parts = output.split(CONTENT)
      // A layout without `{{ content }}` showed only its own; the page's text still goes first.
      const [own = '', rest = ''] = parts.length === 2 ? parts : ['', parts.join('')]
      before = `${withMarkdownInside(tidy(own))}\n${before}`
      after = `${after}\n${tidy(rest)}`
      layouts.push(name)
      files.push(found.file)
    }
    const parent = fm?.data.layout
    name = typeof parent === 'string' ? parent : undefined
  }
  return layouts.length ? { before: before.trim(), after: after.trim(), layouts, files } : undefined
}

/**
 * A loop over the site's posts becomes a link to the site's own list (/posts/), always up to
 * date, as in the page's own text (liquid.ts).
 */
function withoutPostLoops(template: string): string {
  const loop = /\{%-?\s*for\s+\w+\s+in\s+(?:site|paginator)\.posts\b[^%]*%\}/g
  let out = template
  for (let m = loop.exec(out); m; m = loop.exec(out)) {
    const tags = /\{%-?\s*(end)?for\b[^%]*%\}/g
    tags.lastIndex = m.index + m[0].length
    let depth = 1
    let end = -1
    for (let t = tags.exec(out); t; t = tags.exec(out)) {
      depth += t[1] ? -1 : 1
      if (depth === 0) {
        end = t.index + t[0].length
        break
      }
    }
    if (end < 0) return template
    out = `${out.slice(0, m.index)}<p><a href="/posts/">All posts</a></p>${out.slice(end)}`
    loop.lastIndex = m.index
  }
  return out
}

/** Whether a template shows `site.data`, itself or in an include it names (a few levels deep). */
function showsData(
  text: string,
  readInclude: (name: string) => string | undefined,
  depth: number,
): boolean {
  if (DATA.test(text)) return true
  if (depth >= MAX_INCLUDE_DEPTH) return false
  for (const m of text.matchAll(/\{%-?\s*include\s+([\w./-]+)/g)) {
    const included = readInclude(m[1]!)
    if (included !== undefined && showsData(included, readInclude, depth + 1)) return true
  }
  return false
}

/** Liquid's output without the blank lines its tags leave (a blank line ends an HTML block). */
function tidy(html: string): string {
  return html
    .split('\n')
    .filter((l) => l.trim())
    .join('\n')
}

/**
 * The elements the HTML before the page's text leaves open get `markdown="1"`, so the page's
 * Markdown inside them is read as Markdown, as Jekyll converted it before the layout wrapped it.
 */
function withMarkdownInside(html: string): string {
  const open: { name: string; end: number }[] = []
  for (const m of html.matchAll(/<(\/?)([A-Za-z][\w-]*)\b[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase()
    if (m[3] || VOID.has(name)) continue
    if (!m[1]) open.push({ name, end: m.index + m[0].length - 1 })
    else {
      const i = open.map((o) => o.name).lastIndexOf(name)
      if (i >= 0) open.splice(i)
    }
  }
  let out = html
  for (const { end } of open.reverse())
    if (!/\bmarkdown\s*=/.test(out.slice(out.lastIndexOf('<', end), end)))
      out = `${out.slice(0, end)} markdown="1"${out.slice(end)}`
  return out
}

/**
 * A layout's link to a page of the site that no page answers at (`/courses/{{ item.url }}` for a
 * course nobody wrote up: it led nowhere on the old site either) keeps its text without the link,
 * so the build's link check passes; `leads` says whether a site path answers. Returns the paths
 * whose links went.
 */
export function dropDeadLinks(
  html: string,
  leads: (sitePath: string) => boolean,
): { text: string; dropped: string[] } {
  const dropped: string[] = []
  const text = html.replace(
    /<a\b([^>]*?)\bhref\s*=\s*(["'])(\/(?!\/)[^"'#?]*)[^"']*\2([^>]*)>([\s\S]*?)<\/a>/gi,
    (whole, _a: string, _q: string, href: string, _b: string, inner: string) => {
      let sitePath = href
      try {
        sitePath = decodeURIComponent(href)
      } catch {
        // (kept as written)
      }
      if (leads(sitePath)) return whole
      dropped.push(href)
      return inner
    },
  )
  return { text, dropped }
}
