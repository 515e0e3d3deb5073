import { createHash } from 'node:crypto'
import { metaContentSecurityPolicy, type ExtraSources } from '@/lib/security'
import { attr, elements, parseHtml, textOf, type Element } from './html'
import { pageLinks, type PageLinks } from './links'

// A `<script>` whose type is one of these runs (or, for importmap/speculationrules, is parsed
// by the browser under script-src); any other type (`application/ld+json`) is a data block.
const JS_TYPES =
  /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script|text\/(jscript|livescript)|text\/javascript1\.[0-5])$/i

function isInlineScript(el: Element): boolean {
  if (el.tagName !== 'script' || attr(el, 'src') !== undefined) return false
  return JS_TYPES.test((attr(el, 'type') ?? '').trim())
}

/** The base64 sha256 of each inline script in a page, the way CSP hashes them (UTF-8 source). */
export function inlineScriptHashes(html: string): string[] {
  return [...elements(parseHtml(html))]
    .filter(isInlineScript)
    .map((el) => createHash('sha256').update(textOf(el), 'utf8').digest('base64'))
}

/**
 * Writes the page's Content-Security-Policy into its `<head>`, allowing exactly the inline scripts
 * it carries: right after `<meta charset>` (which must stay within the first 1024 bytes), before
 * every script and stylesheet, since a meta policy governs only what follows it. A policy already
 * in the page is replaced.
 */
export function withContentSecurityPolicy(html: string, extra: ExtraSources = {}): string {
  return withPolicyAndLinks(html, extra).html
}

/**
 * `withContentSecurityPolicy`, and the links and ids of the page it returns (for the link check,
 * scripts/output/links.ts), read from the same parse: the positions are shifted past the inserted
 * policy, so they are those of the published page.
 */
export function withPolicyAndLinks(
  html: string,
  extra: ExtraSources = {},
): { html: string; links: PageLinks } {
  const all = [...elements(parseHtml(html))]
  const hashes = all
    .filter(isInlineScript)
    .map((el) => createHash('sha256').update(textOf(el), 'utf8').digest('base64'))
  const meta = `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy(hashes, extra)}"/>`

  // Remove old policies (back to front, so earlier offsets stay valid), then insert the new one.
  let out = html
  const old = all.filter(
    (el) =>
      el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  )
  for (const el of old.reverse()) {
    const loc = el.sourceCodeLocation!
    out = out.slice(0, loc.startOffset) + out.slice(loc.endOffset)
  }
  const kept = old.length ? [...elements(parseHtml(out))] : all
  const head = kept.find((el) => el.tagName === 'head')
  const first = head?.childNodes.find((c): c is Element => 'tagName' in c)
  const charset = first && first.tagName === 'meta' && attr(first, 'charset') !== undefined
  const after = charset ? first.sourceCodeLocation : head?.sourceCodeLocation?.startTag
  if (!after) throw new Error('page has no <head> start tag')
  // The policy has no line break: only what follows it on its own line moves, by its length.
  const at = (el: Element) => {
    const loc = el.sourceCodeLocation
    if (!loc) return '1:1'
    const moved = loc.startLine === after.endLine && loc.startOffset >= after.endOffset
    return `${loc.startLine}:${loc.startCol + (moved ? meta.length : 0)}`
  }
  return {
    html: out.slice(0, after.endOffset) + meta + out.slice(after.endOffset),
    links: pageLinks(kept, at),
  }
}
