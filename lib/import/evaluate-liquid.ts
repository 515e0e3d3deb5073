import fs from 'node:fs'
import path from 'node:path'
import { Liquid } from 'liquidjs'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import YAML from 'yaml'
import { resolveInside } from '@/lib/content/roots'
import { repairMojibake } from '@/lib/markdown/mojibake'
import { readInsideSite } from './walk'

// What a template may use to be evaluated once, at import: the site's config and _data, the
// page's own front matter, an include's parameters, its own variables. Anything made from the
// other pages and posts, or by the layout, changes with the site and stays Liquid.
const SITE_STATE =
  /\b(paginator|content|layout)\s*\.|\bpage\.(content|excerpt|next|previous|output)\b|\bsite\.(posts|pages|html_pages|categories|tags|collections|static_files|documents|related_posts|time)\b/
const ALLOWED_TAGS =
  /^(for|endfor|if|elsif|else|endif|unless|endunless|case|when|endcase|assign|capture|endcapture|comment|endcomment|break|continue)$/

/**
 * A Liquid block that depends only on `site` (its `_config.yml` and `_data/`), such as a list
 * made from a data file (`{% for entry in site.data.animations %}`), is evaluated once at import
 * with liquidjs (Jekyll's dialect of Liquid), so its text is the page's. Returns a function that
 * gives the output, or undefined when the block needs something else (then it is kept for review).
 */
export function siteLiquid(
  siteDir: string,
  config: Record<string, unknown>,
  /** Filled with the `site.data` paths (`cv.education`) of every template evaluated. */
  dataShown: Set<string> = new Set(),
): (block: string, scope?: Record<string, unknown>) => string | undefined {
  let engine: Liquid | undefined
  let site: Record<string, unknown> | undefined
  // A collection's documents (`site.notes`) are the site's state too.
  const declared = config.collections
  const collections = Array.isArray(declared)
    ? declared.map(String)
    : Object.keys((declared as Record<string, unknown> | undefined) ?? {})
  const ofCollection = (block: string) =>
    [...block.matchAll(/\bsite\.([\w-]+)/g)].some((m) => collections.includes(m[1]!))
  let includes: Record<string, string> | undefined
  // The data paths the template being checked names.
  let mentioned: string[] = []
  // Whether the template, and every include it names (each read from the site's own
  // `_includes/`), needs only what is known at import.
  const usable = (template: string, scope: Record<string, unknown>, within: string[]): boolean => {
    if (SITE_STATE.test(template) || ofCollection(template)) return false
    for (const m of template.matchAll(/\bsite\.data((?:\.[\w-]+|\[["'][^"']+["']\])*)/g))
      mentioned.push(m[1]!.replace(/\[["']([^"']+)["']\]/g, '.$1').replace(/^\./, ''))
    if (/\bpage\s*\./.test(template) && !scope.page) return false
    if (/\binclude\s*\./.test(template) && !scope.include && !within.length) return false
    for (const m of template.matchAll(/\{%-?\s*(\w+)\s*([^\s%]*)/g)) {
      if (m[1] === 'include') {
        includes ??= readIncludes(siteDir)
        const text = includes[m[2]!]
        if (text === undefined || within.includes(m[2]!) || within.length >= MAX_DEPTH) return false
        if (!usable(text, scope, [...within, m[2]!])) return false
      } else if (!ALLOWED_TAGS.test(m[1]!)) return false
    }
    return true
  }
  return (block, scope = {}) => {
    mentioned = []
    if (!usable(block, scope, [])) return undefined
    if (!engine) {
      engine = new Liquid({
        jekyllWhere: true,
        strictFilters: true,
        timezoneOffset: 0,
        // `{% include x.html key=value %}` as Jekyll reads it, from the includes read above
        // only: no other file is ever opened.
        jekyllInclude: true,
        dynamicPartials: false,
        templates: (includes ??= readIncludes(siteDir)),
      })
      // The site's pages resolve root-relative URLs against their base path themselves.
      engine.registerFilter('relative_url', (v: unknown) => String(v ?? ''))
      engine.registerFilter(
        'absolute_url',
        (v: unknown) => `${String(config.url ?? '').replace(/\/+$/, '')}${String(v ?? '')}`,
      )
      // Jekyll's own filters liquidjs lacks. `markdownify` gives HTML, as kramdown does, so the
      // text reads the same inside an HTML block (where Markdown is not read) as outside.
      engine.registerFilter('markdownify', (v: unknown) =>
        micromark(String(v ?? ''), {
          allowDangerousHtml: true,
          extensions: [gfm()],
          htmlExtensions: [gfmHtml()],
        }),
      )
      // Quotes and dashes are made typographic when the page is rendered.
      engine.registerFilter('smartify', (v: unknown) => String(v ?? ''))
    }
    site ??= { ...config, data: readData(path.join(siteDir, '_data'), fs.realpathSync(siteDir)) }
    try {
      const output = engine.parseAndRenderSync(block, { ...scope, site })
      for (const m of mentioned) dataShown.add(m)
      return output
    } catch {
      return undefined
    }
  }
}

const MAX_DEPTH = 5

/** The site's `_includes/**` by name (`sub/x.html`), links leading out of the site left out. */
function readIncludes(siteDir: string): Record<string, string> {
  const dir = path.join(siteDir, '_includes')
  const texts: Record<string, string> = {}
  if (!fs.existsSync(dir)) return texts
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name)
    const name = path.relative(dir, file).split(path.sep).join('/')
    const text = readInsideSite(siteDir, name, file)
    if (text !== undefined) texts[name] = repairMojibake(text)
  }
  return texts
}

/**
 * `_data/**` as Jekyll reads it: `a/b.yml` is `site.data.a.b`. A link leading out of the site
 * is not followed.
 */
function readData(dir: string, root: string): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  if (!fs.existsSync(dir) || !resolveInside(dir, [root])) return data
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    const key = entry.name.replace(/\.(ya?ml|json|csv|tsv)$/i, '')
    let stat: fs.Stats
    try {
      stat = fs.statSync(file)
    } catch {
      continue // a link to nothing
    }
    if (!resolveInside(file, [root])) continue
    if (stat.isDirectory()) data[key] = readData(file, root)
    else if (/\.(ya?ml|json)$/i.test(entry.name))
      try {
        data[key] = YAML.parse(fs.readFileSync(file, 'utf8'))
      } catch {
        // A file Jekyll could not read either; a block that uses it stays for review.
      }
  }
  return data
}
