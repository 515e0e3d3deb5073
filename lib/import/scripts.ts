import { lightOnlyColours } from './light-only-colours'
import { lineColumnAt } from '@/lib/markdown/positions'
import type { LiquidNote } from './liquid'
import { preservedBlock } from './preserve'
import { PLOTLY_CSS_URL, PLOTLY_URL } from '@/lib/vendor-scripts'

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi
const PLOTLY_CDN =
  /^(https?:)?\/\/(cdn\.plot\.ly|cdn\.jsdelivr\.net\/npm\/plotly|unpkg\.com\/plotly|cdnjs\.cloudflare\.com\/ajax\/libs\/plotly)/i

export interface MovedScript {
  /** Path under public/ (`assets/js/...`). */
  file: string
  text: string
}

/**
 * Scripts are served by the site itself, never hot-linked or inline: Plotly from a CDN becomes the
 * site's copy, and an inline script (a chart's drawing code) moves to a file under public/ that
 * the page loads with `defer`, in the same order, so the Content-Security-Policy can stay strict.
 * Any other external script is kept, inert, in a review block. MathJax is handled by math.ts.
 */
export function convertScripts(
  text: string,
  scriptBase: string,
): { text: string; notes: LiquidNote[]; moved: MovedScript[] } {
  const notes: LiquidNote[] = []
  const moved: MovedScript[] = []
  // An external library the page loaded and the site does not (jQuery from a CDN): the inline
  // scripts after it were written against it.
  let dropped: string | undefined
  let plotly = false
  const scripted = text.replace(SCRIPT, (whole, attrs: string, body: string, offset: number) => {
    const line = lineColumnAt(text, offset).line
    // A replacement spans as many lines as the original (newlines inside a <script> are harmless),
    // so every later note still names the line of the original file.
    const pad = '\n'.repeat(whole.split('\n').length - 1)
    const src = /\bsrc\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1]
    const type = /\btype\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1]
    // MathJax is math.ts's to remove.
    if (src && /mathjax/i.test(src)) return whole
    if (!src && /^\s*(window\.)?MathJax\s*=/.test(body)) return whole
    if (src && PLOTLY_CDN.test(src)) {
      notes.push({
        line,
        kind: 'converted',
        message: `Plotly from ${src} is now served by the site, and loaded when a chart comes into view (${PLOTLY_URL})`,
      })
      plotly = true
      // With Plotly's own stylesheet, which it cannot write into the page under the policy.
      return `<link rel="stylesheet" href="${PLOTLY_CSS_URL}"><script src="${PLOTLY_URL}" defer>${pad}</script>`
    }
    if (src && /^(https?:)?\/\//i.test(src)) {
      notes.push({
        line,
        kind: 'flagged',
        message: `external script ${src} is not loaded (the site serves scripts only from itself): kept verbatim for review`,
      })
      dropped ??= src
      return preservedBlock(whole, 'an external script the site does not load')
    }
    if (src) return whole.replace(/<script\b/i, '<script defer')
    if (type && !/^(text|application)\/javascript$|^module$/i.test(type)) return whole
    if (dropped) {
      notes.push({
        line,
        kind: 'flagged',
        message: `inline script after the external script ${dropped}, which it may need and the site does not load: kept verbatim for review, not run`,
      })
      return preservedBlock(
        whole,
        'a script that may need an external script the site does not load',
      )
    }
    const file = `${scriptBase}-${moved.length + 1}.js`
    moved.push({ file, text: `${body.replace(/^\n+/, '').trimEnd()}\n` })
    if (/\{\{|\{%/.test(body))
      notes.push({
        line,
        kind: 'flagged',
        message: `inline script moved to public/${file} contains Liquid, which is not expanded there`,
      })
    else
      notes.push({
        line,
        kind: 'converted',
        // The site's checks cover the page as written; what the script draws is the author's.
        message: `inline script moved to public/${file} (check by hand that what it draws reads well with a screen reader and a keyboard: the site's axe checks list it without failing)`,
      })
    return `<script src="/${file}"${type === 'module' ? ' type="module"' : ' defer'}>${pad}</script>`
  })
  const converted = plotly ? withChartSpace(scripted, moved) : scripted
  // The policy allows only the site's own stylesheets: an inline <style> moves to a file the page
  // links to, in the same place.
  let styles = 0
  const styled = converted.replace(STYLE, (whole, css: string, offset: number) => {
    const file = `${scriptBase.replace(/^assets\/js\//, 'assets/css/')}-${++styles}.css`
    const themed = lightOnlyColours(`${css.replace(/^\n+/, '').trimEnd()}\n`)
    moved.push({ file, text: themed.css })
    notes.push({
      line: lineColumnAt(converted, offset).line,
      kind: 'converted',
      message: `inline <style> moved to public/${file}${themed.changed ? '; its colours apply to the light theme only (the site has a dark one)' : ''}`,
    })
    return `<link rel="stylesheet" href="/${file}">${'\n'.repeat(whole.split('\n').length - 1)}`
  })
  // Another host's stylesheet is refused by the policy (`style-src 'self'`): it is taken out, and
  // the report says which, where.
  const linked = styled.replace(EXTERNAL_STYLESHEET, (whole, href: string, offset: number) => {
    notes.push({
      line: lineColumnAt(styled, offset).line,
      kind: 'flagged',
      message: `external stylesheet ${href} is not loaded (the site serves styles only from itself): removed`,
    })
    return '\n'.repeat(whole.split('\n').length - 1)
  })
  return { text: linked, notes, moved }
}

/** `Plotly.newPlot('chart', ...)`: the id of the element a chart is drawn into. */
const PLOTTED_INTO = /\bPlotly\.(?:newPlot|plot|react)\(\s*(['"])([\w:.-]+)\1/g

/**
 * The elements the page's scripts draw charts into are marked `data-plotly-chart`: Plotly's
 * stylesheet keeps room for a chart there (its default height) until it is drawn, so the text below
 * does not jump when the chart arrives, as it now does later than the page.
 */
function withChartSpace(text: string, scripts: MovedScript[]): string {
  const ids = new Set(scripts.flatMap((s) => [...s.text.matchAll(PLOTTED_INTO)].map((m) => m[2]!)))
  if (!ids.size) return text
  return text.replace(
    /<([a-z][\w-]*)\b([^>]*?\bid\s*=\s*(["'])([^"']*)\3[^>]*)>/gi,
    (tag, name: string, attrs: string, _q: string, id: string) =>
      ids.has(id) && !/\bdata-plotly-chart\b/.test(attrs)
        ? `<${name} data-plotly-chart${attrs}>`
        : tag,
  )
}

// `<link rel="stylesheet" href="https://...">`, its attributes in any order and over lines.
const EXTERNAL_STYLESHEET =
  /<link\b(?=[^>]*\brel\s*=\s*["']?stylesheet)[^>]*?\bhref\s*=\s*["']((?:https?:)?\/\/[^"']+)["'][^>]*>/gi
