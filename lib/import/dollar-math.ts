import type { PageMath } from './page-math'

/** What convertBody needs to know of the old page's math renderer. */
export function bodyMath(math: PageMath): { typesetsMath: boolean; dollarMath: boolean } {
  return { typesetsMath: math.typesets, dollarMath: math.typesets && math.dollarInline }
}

// kramdown's backslash escapes: it removed the backslash before any of these characters.
const ESCAPED = String.raw`\\([\\.*_+\-\`()[\]{}#!:|"'$=<>])`
// A `$…$` formula on one line (not `$$`): MathJax's inline delimiters when its config names `$`.
const DOLLAR_MATH = /(?<![\\$])\$(?!\$)((?:\\.|[^$\\])+?)\$(?!\$)/g

/**
 * kramdown knows only `$$` as math: a page whose MathJax typeset `$…$` in the browser got that
 * formula after kramdown had read it as text, so its backslash escapes were already gone (authors
 * write `$p\_z$` so that kramdown does not start emphasis, and MathJax saw `p_z`). The site's
 * build reads `$…$` as math directly, so the import removes those backslashes, outside code spans.
 */
export function unescapeDollarMath(line: string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(DOLLAR_MATH, (whole, tex: string) =>
            new RegExp(ESCAPED).test(tex)
              ? `$${tex.replace(new RegExp(ESCAPED, 'g'), '$1')}$`
              : whole,
          ),
    )
    .join('')
}
