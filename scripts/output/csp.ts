import { createHash } from 'node:crypto'
import { metaContentSecurityPolicy, type ExtraSources } from '@/lib/security'
import { attr, elements, parseHtml, textOf, type Element } from './html'

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
  const doc = parseHtml(html)
  const all = [...elements(doc)]
  const head = all.find((el) => el.tagName === 'head')
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
  const reparsedHead = old.length
    ? [...elements(parseHtml(out))].find((el) => el.tagName === 'head')
    : head
  const first = reparsedHead?.childNodes.find((c): c is Element => 'tagName' in c)
  const after =
    first && first.tagName === 'meta' && attr(first, 'charset') !== undefined
      ? first.sourceCodeLocation?.endOffset
      : reparsedHead?.sourceCodeLocation?.startTag?.endOffset
  if (after === undefined) throw new Error('page has no <head> start tag')
  return out.slice(0, after) + meta + out.slice(after)
}
