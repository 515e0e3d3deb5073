import fs from 'node:fs'
import path from 'node:path'
import { readFrontMatter } from './front-matter'

/** Whether a page's old math renderer typeset TeX delimiters at all (and single `$` inline). */
export interface PageMath {
  typesets: boolean
  dollarInline: boolean
}

// MathJax (any version), or KaTeX's auto-render: a KaTeX stylesheet alone typesets nothing.
const RENDERER = /mathjax|renderMathInElement|katex[^"']*auto-render/i
const DOLLAR_INLINE = /inlineMath[^\]]*\[\s*['"]\$['"]|left:\s*['"]\$['"]/

/**
 * What a document's page loaded, read from the document itself and its layout chain (with the
 * includes the layouts use): a renderer inside `{% if page.x %}` or `{% if site.x %}` counts only
 * when that value is set, as Jekyll would have rendered it.
 */
export function pageMath(
  siteDir: string,
  data: Record<string, unknown>,
  body: string,
  config: Record<string, unknown>,
): PageMath {
  const texts = [body]
  const seen = new Set<string>()
  let layout = typeof data.layout === 'string' ? data.layout : undefined
  while (layout && !seen.has(layout) && seen.size < 10) {
    seen.add(layout)
    const file = ['.html', '.liquid', '']
      .map((ext) => path.join(siteDir, '_layouts', `${layout}${ext}`))
      .find((f) => fs.existsSync(f) && fs.statSync(f).isFile())
    if (!file) break
    const text = fs.readFileSync(file, 'utf8')
    const fm = readFrontMatter(text)
    texts.push(withIncludes(siteDir, fm?.body ?? text))
    layout = typeof fm?.data.layout === 'string' ? fm.data.layout : undefined
  }
  let typesets = false
  let dollarInline = false
  for (const text of texts)
    for (const m of text.matchAll(new RegExp(RENDERER.source, 'gi'))) {
      const before = text.slice(0, m.index)
      // `{% if page.mathjax %}` names the renderer without loading it.
      if (before.lastIndexOf('{%') > before.lastIndexOf('%}')) continue
      if (!conditionHolds(before, data, config)) continue
      typesets = true
      if (DOLLAR_INLINE.test(text)) dollarInline = true
    }
  return { typesets, dollarInline }
}

/** The text with its simple `{% include x %}` files in place (one level: what a head include loads). */
function withIncludes(siteDir: string, text: string): string {
  return text.replace(/\{%-?\s*include\s+([\w./-]+)[^%]*%\}/g, (whole, name: string) => {
    const file = path.join(siteDir, '_includes', name)
    return fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : whole
  })
}

/** Whether every `{% if page.x %}`/`{% if site.x %}` still open before a position is true. */
function conditionHolds(
  before: string,
  data: Record<string, unknown>,
  config: Record<string, unknown>,
): boolean {
  const open: (boolean | undefined)[] = []
  for (const m of before.matchAll(
    /\{%-?\s*(if|unless|endif|endunless|else)\b\s*(?:(page|site)\.([\w-]+)\s*)?[^%]*%\}/g,
  )) {
    if (m[1] === 'endif' || m[1] === 'endunless') open.pop()
    else if (m[1] === 'else') {
      const last = open.pop()
      open.push(last === undefined ? undefined : !last)
    } else {
      const value = m[2] === 'page' ? data[m[3]!] : m[2] === 'site' ? config[m[3]!] : undefined
      const truthy = m[2] ? value !== undefined && value !== null && value !== false : undefined
      open.push(truthy === undefined ? undefined : m[1] === 'unless' ? !truthy : truthy)
    }
  }
  return open.every((c) => c !== false)
}
