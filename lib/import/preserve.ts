/**
 * Jekyll source the import could not convert, kept verbatim in a visible box (styled by
 * `.jekyll-unconverted` in app/globals.css) so nothing is silently dropped.
 *
 * Every character Markdown, the site's Liquid renderer or HTML could read as syntax is written as
 * a character reference, so the text reaches the reader exactly as the author wrote it; newlines
 * too, so the block is one line and Markdown keeps it as a single HTML block.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '{': '&#123;',
  '}': '&#125;',
  $: '&#36;',
  '*': '&#42;',
  _: '&#95;',
  '`': '&#96;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '|': '&#124;',
  '~': '&#126;',
  '\n': '&#10;',
}

export function escapeVerbatim(text: string): string {
  return text.replace(/[&<>"{}$*_`[\]\\|~\n]/g, (c) => ESCAPES[c]!)
}

const LABEL = 'Not converted from Jekyll'

/** A block on a line of its own: a label, then the source in a `<pre>`. */
export function preservedBlock(source: string, why: string): string {
  return `<div class="jekyll-unconverted" role="note" aria-label="${LABEL}"><p class="jekyll-unconverted-label">${LABEL}: ${escapeVerbatim(why)}</p><pre><code>${escapeVerbatim(source)}</code></pre></div>\n`
}

/** Within a line of text: the source as marked code, its reason in the tooltip. */
export function preservedInline(source: string, why: string): string {
  return `<code class="jekyll-unconverted" title="${LABEL}: ${escapeVerbatim(why)}">${escapeVerbatim(source)}</code>`
}
