import { createHash } from 'node:crypto'
import { metaContentSecurityPolicy, type ExtraSources } from '@/lib/security'
import { positionIn } from '@/lib/text-position'
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5'
import { cutOut, type Range } from '../strip-runtime'
import { attr, elements, parseHtml, textOf, type Element } from './html'
import { linksAndIds, type PageLinks } from './links'

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

/** Where an element is in the page: its start and end offsets. */
function span(el: Element): Range {
  const loc = el.sourceCodeLocation
  return loc ? [loc.startOffset, loc.endOffset] : [0, 0]
}

/** `cut` and the page's old policies, which go too, in page order. */
function cutsWithOldPolicies(cut: Range[], all: Element[]): Range[] {
  const oldPolicies = all.filter(
    (el) =>
      el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  )
  return [...cut, ...oldPolicies.map(span)].sort((a, b) => a[0] - b[0])
}

/** The elements outside `cuts`: both are in page order, so one sweep finds them. */
function elementsLeft(all: Element[], cuts: Range[]): Element[] {
  let c = 0
  return all.filter((el) => {
    const [start] = span(el)
    while (c < cuts.length && cuts[c]![1] <= start) c++
    return !(c < cuts.length && cuts[c]![0] <= start)
  })
}

/** Where an offset of the page lands once `cuts` are out. */
function shiftPastCuts(cuts: Range[], offset: number): number {
  let removed = 0
  for (const [start, end] of cuts) {
    if (start >= offset) break
    removed += Math.min(end, offset) - start
  }
  return offset - removed
}

/** The policy for the page's inline scripts that are left, as a `<meta>` element. */
function policyElement(kept: Element[], extra: ExtraSources): string {
  const hashes = kept
    .filter(isInlineScript)
    .map((el) => createHash('sha256').update(textOf(el), 'utf8').digest('base64'))
  return `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy(hashes, extra)}"/>`
}

/**
 * Where the policy goes, as an offset of the page before the cuts: right after `<meta charset>`
 * when it comes first in the `<head>`, else right after the `<head>` start tag.
 */
function policyOffset(kept: Element[]): number {
  const head = kept.find((el) => el.tagName === 'head')
  const keptSet = new Set(kept)
  const first = head?.childNodes.find((n): n is Element => 'tagName' in n && keptSet.has(n))
  const charset = first && first.tagName === 'meta' && attr(first, 'charset') !== undefined
  const end = charset
    ? first.sourceCodeLocation?.endOffset
    : head?.sourceCodeLocation?.startTag?.endOffset
  if (end === undefined) throw new Error('page has no <head> start tag')
  return end
}

/** The page without `cuts`, with `meta` inserted at `at` (an offset of the page without them). */
function insertPolicy(html: string, cuts: Range[], at: number, meta: string): string {
  const stripped = cuts.length ? cutOut(html, cuts) : html
  return stripped.slice(0, at) + meta + stripped.slice(at)
}

/** The elements of `added` (font preloads, say), each with its offset once inserted at `at`. */
function addedElements(added: string, at: number): [Element, number][] {
  if (!added) return []
  return [...elements(parseFragment(added, { sourceCodeLocationInfo: true }))].map((el) => [
    el,
    at + (el.sourceCodeLocation?.startOffset ?? 0),
  ])
}

/**
 * `withContentSecurityPolicy`, and the links and ids of the page it returns (for the link check,
 * scripts/output/links.ts), all from one parse of the page: `doc` when the caller has parsed it.
 * With `cut` (stretches of the page, in page order: scripts/strip-runtime.ts), those are removed
 * first, and the policy allows only the inline scripts that are left. Positions are those of the
 * page returned.
 */
export function withPolicyAndLinks(
  html: string,
  extra: ExtraSources = {},
  {
    doc = parseHtml(html),
    cut = [],
    headExtra,
  }: {
    doc?: T.Document
    cut?: Range[]
    /** HTML to place right after the policy (preloads, say), given the elements that stay. */
    headExtra?: (kept: Element[]) => string
  } = {},
): { html: string; links: PageLinks } {
  const all = [...elements(doc)]
  const cuts = cutsWithOldPolicies(cut, all)
  const kept = elementsLeft(all, cuts)
  const policy = policyElement(kept, extra)
  const added = headExtra?.(kept) ?? ''
  const meta = policy + added
  const after = shiftPastCuts(cuts, policyOffset(kept))
  const out = insertPolicy(html, cuts, after, meta)

  // Where each element is in the page returned.
  const finalOffset = new Map<Element, number>()
  for (const el of kept) {
    const offset = shiftPastCuts(cuts, el.sourceCodeLocation?.startOffset ?? 0)
    finalOffset.set(el, offset >= after ? offset + meta.length : offset)
  }
  const extras = addedElements(added, after + policy.length)
  for (const [el, offset] of extras) finalOffset.set(el, offset)
  const inOrder = extras.length
    ? [...kept, ...extras.map(([el]) => el)].sort(
        (a, b) => finalOffset.get(a)! - finalOffset.get(b)!,
      )
    : kept
  // line:col of an element in the page returned.
  const position = positionIn(out)
  const at = (el: Element) => {
    if (!el.sourceCodeLocation) return '1:1'
    const { line, column } = position(finalOffset.get(el)!)
    return `${line}:${column}`
  }
  return { html: out, links: linksAndIds(inOrder, at) }
}
