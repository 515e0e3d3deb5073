import fs from 'node:fs'
import path from 'node:path'
import type { DefaultTreeAdapterTypes as T } from 'parse5'
import { readFrontMatter } from '@/lib/import/front-matter'
import { isCopyOf } from '@/lib/import/copy-remote-images'
import type { UrlMove } from '@/lib/import/report'
import { attr, elements, parseHtml, type Element } from '../output/html'
import { authoredText, mentions, type Authored } from './authored'
import {
  mathDelimiters,
  normalizeTex,
  pageFeatures,
  resolveUrl,
  visibleText,
  words,
  type PageFeatures,
} from './extract'

/** One difference between an old page and its new one. */
export interface Difference {
  kind:
    | 'text'
    | 'heading'
    | 'image'
    | 'code'
    | 'formula'
    | 'table'
    | 'iframe'
    | 'footnotes'
    | 'link'
    | 'page'
  /** `loss` is unexplained; `improvement` and `known` are named and explained. */
  verdict: 'loss' | 'improvement' | 'known'
  detail: string
}

export interface PageComparison {
  old: string
  new?: string
  source?: string
  /** How the page was compared: its content, or as a list of posts. */
  mode: 'content' | 'listing' | 'redirect' | 'unmatched'
  wordsOld: number
  wordsLost: number
  differences: Difference[]
}

export interface SiteComparison {
  pages: PageComparison[]
  /** Old files (not pages) the new site does not serve. */
  missingFiles: string[]
  /** Old files that are not in the site folder (a theme gem's): the import never saw them. */
  themeFiles: string[]
}

export interface CompareInputs {
  siteDir: string
  oldOut: string
  newOut: string
  urls: UrlMove[]
  /** The Jekyll site's own origins, so absolute links to it count as local. */
  origins: string[]
}

// Files Jekyll makes from templates that the site makes its own way.
const GENERATED =
  /(^|\/)(feed\.xml|atom\.xml|rss\.xml|sitemap\.xml|robots\.txt|404\.html|404\/index\.html)$|\.css(\.map)?$/

const docCache = new Map<string, T.Document>()
function readPage(file: string): T.Document {
  let doc = docCache.get(file)
  if (!doc) {
    doc = parseHtml(fs.readFileSync(file, 'utf8'))
    docCache.set(file, doc)
  }
  return doc
}

/** The file a site path is served from, if any (`/x/` → x/index.html, `/x` → x.html or x/). */
export function servedFile(out: string, sitePath: string): string | undefined {
  const rel = sitePath.replace(/^\/+/, '')
  const candidates =
    rel.endsWith('/') || !rel ? [`${rel}index.html`] : [rel, `${rel}.html`, `${rel}/index.html`]
  return candidates
    .map((c) => path.join(out, c))
    .find((f) => fs.existsSync(f) && fs.statSync(f).isFile())
}

const oldUrlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`

export function compareSites(input: CompareInputs): SiteComparison {
  const byOld = new Map(input.urls.map((u) => [u.old, u]))
  const newUrl = (old: string): string | undefined => {
    const direct =
      byOld.get(old) ??
      byOld.get(old.replace(/\/$/, '')) ??
      byOld.get(`${old.replace(/\/$/, '')}.html`)
    return direct?.new
  }
  // Where a link of the old site leads on the new one.
  const mapLink = (href: string): string => {
    if (!href.startsWith('/')) return href
    const [p = ''] = href.split(/[?#]/)
    return newUrl(p) ?? newUrl(p.replace(/index\.html$/, '')) ?? p.replace(/index\.html$/, '')
  }
  const postUrls = new Set(input.urls.filter((u) => u.source.includes('_posts/')).map((u) => u.old))
  const pages: PageComparison[] = []
  const missingFiles: string[] = []
  const themeFiles: string[] = []

  const oldFiles = (fs.readdirSync(input.oldOut, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => fs.statSync(path.join(input.oldOut, f)).isFile())
    .sort()
  for (const file of oldFiles) {
    if (GENERATED.test(file)) continue
    if (!file.endsWith('.html')) {
      if (servedFile(input.newOut, `/${file}`)) continue
      if (fs.existsSync(path.join(input.siteDir, file))) missingFiles.push(`/${file}`)
      else themeFiles.push(`/${file}`)
      continue
    }
    const old = oldUrlOf(file)
    const oldDoc = readPage(path.join(input.oldOut, file))
    const move = byOld.get(old) ?? byOld.get(old.replace(/\/$/, ''))
    const target = move?.new ?? (servedFile(input.newOut, old) ? old : undefined)
    const targetFile = target && servedFile(input.newOut, target)
    if (!target || !targetFile) {
      const refresh = isRedirect(oldDoc)
      pages.push({
        old,
        mode: refresh ? 'redirect' : 'unmatched',
        wordsOld: 0,
        wordsLost: 0,
        differences: [
          {
            kind: 'page',
            verdict: 'loss',
            detail: refresh
              ? 'the redirect page is not served by the new site'
              : 'no page of the new site answers at this URL',
          },
        ],
      })
      continue
    }
    if (isRedirect(oldDoc)) {
      pages.push({ old, new: target, mode: 'redirect', wordsOld: 0, wordsLost: 0, differences: [] })
      continue
    }
    const sourceText = move && readSource(input.siteDir, move.source)
    const newDoc = readPage(targetFile)
    // A page of no source that the site now redirects (an old paginator page, /page/2/, to the
    // site's /posts/page/2/): what it listed is checked as a list.
    const redirected = !move && isRedirect(newDoc)
    // kramdown writes `$$…$$` as \(…\) or \[…\] whether or not a page loads MathJax: on one
    // that did not, the reader saw the TeX, which the new page typesets.
    const loadedMath = mathDelimiters(oldDoc)
    const rawTex = !loadedMath.inline.length && !!sourceText && /\$\$/.test(sourceText)
    const math = rawTex ? KRAMDOWN_MATH : loadedMath
    const oldBody = bodyOf(oldDoc)
    const listing =
      redirected ||
      !!move?.sitesOwn ||
      (!!sourceText && /\b(site|paginator)\.posts\b/.test(sourceText))
    const root = listing || !sourceText ? contentGuess(oldBody) : contentRoot(oldBody, sourceText)
    // A list of posts the layout adds (minima's home page) is checked as a list, not as text.
    const region = listingRegion(oldBody, sourceText ?? '', (href) => postUrls.has(href), old)
    const oldF = pageFeatures(
      root,
      old,
      math,
      input.origins,
      region ? new Set([region.el]) : undefined,
    )
    const newMain = [...elements(newDoc)].find((e) => e.tagName === 'main') ?? bodyOf(newDoc)
    const none = { inline: [], display: [] }
    const newF = pageFeatures(newMain, target, rawTex ? math : none, input.origins)
    // (TeX the new page shows as written, as the old one did, is no formula typeset now)
    const typesetNew = rawTex
      ? new Set(pageFeatures(newMain, target, none, input.origins).formulas)
      : undefined
    if (listing) {
      // The post links, whether the layout's list (left out of the features) or the page's.
      const listed = [...new Set([...(region?.links ?? []), ...oldF.links])].filter((l) =>
        postUrls.has(l),
      )
      pages.push(compareListing(old, target, move?.source, listed, mapLink, input.newOut))
      continue
    }
    const authored = move ? authoredText(input.siteDir, move.source) : undefined
    const content = compareContent(
      oldF,
      newF,
      mapLink,
      input.newOut,
      input.oldOut,
      authored,
      typesetNew,
    )
    if (region)
      content.differences.push(
        ...compareListing(old, target, move?.source, region.links, mapLink, input.newOut)
          .differences,
      )
    pages.push({ old, new: target, source: move?.source, mode: 'content', ...content })
  }
  return { pages, missingFiles, themeFiles }
}

/**
 * The part of an old page that lists posts without being in the document's source: the smallest
 * element holding every link to a post, when most of its words are not the source's.
 */
function listingRegion(
  body: Element,
  source: string,
  isPost: (href: string) => boolean,
  self: string,
): { el: Element; links: string[] } | undefined {
  const anchors = [...elements(body)].filter((e) => {
    const href = e.tagName === 'a' ? attr(e, 'href') : undefined
    if (!href) return false
    const p = resolveUrl(href, self, []) ?? ''
    return p !== self && isPost(p)
  })
  const links = [...new Set(anchors.map((a) => resolveUrl(attr(a, 'href')!, self, [])!))]
  if (links.length < 2) return undefined
  const chain = (e: Element) => {
    const list: Element[] = []
    for (let p: T.ParentNode | null = e; p && 'tagName' in p; p = (p as Element).parentNode)
      list.unshift(p as Element)
    return list
  }
  const chains = anchors.map(chain)
  let el = body
  for (let i = 0; chains.every((c) => c[i] && c[i] === chains[0]![i]); i++) el = chains[0]![i]!
  const known = new Set(words(source.replace(/<[^>]*>/g, ' ')))
  const list = words(visibleText(el))
  const own = list.filter((w) => known.has(w)).length
  return own * 2 < list.length ? { el, links } : undefined
}

const KRAMDOWN_MATH = {
  inline: [['\\(', '\\)']] as [string, string][],
  display: [['\\[', '\\]']] as [string, string][],
}

function isRedirect(doc: T.Document): boolean {
  return [...elements(doc)].some(
    (e) => e.tagName === 'meta' && (attr(e, 'http-equiv') ?? '').toLowerCase() === 'refresh',
  )
}

function bodyOf(doc: T.Document): Element {
  return [...elements(doc)].find((e) => e.tagName === 'body')!
}

function readSource(siteDir: string, source: string): string | undefined {
  const file = path.join(siteDir, source)
  if (!fs.existsSync(file)) return undefined
  // As the import reads it: without a byte-order mark, with Unix line ends.
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
  return readFrontMatter(text)?.body ?? text
}

const CONTAINERS = new Set(['div', 'article', 'section', 'main', 'body', 'td'])

/**
 * The element of the old page that holds the document's own content rather than the layout's:
 * the one whose words best match the source's (each word found counts for it, each word the
 * source does not have, such as navigation and footers, against it).
 */
export function contentRoot(body: Element, source: string): Element {
  const known = new Map<string, number>()
  // Only what a reader sees: the words of a post's scripts (a bibliography, an app's data) would
  // otherwise count the layout's header and footer as the post's.
  const readable = source
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
  for (const w of words(readable)) known.set(w, (known.get(w) ?? 0) + 1)
  let best = body
  let bestScore = -Infinity
  for (const el of [body, ...elements(body)]) {
    if (!CONTAINERS.has(el.tagName)) continue
    // Each word of the source counts once: a title or date the layout repeats counts against.
    const left = new Map(known)
    let score = 0
    for (const w of words(visibleText(el))) {
      const n = left.get(w) ?? 0
      if (n > 0) left.set(w, n - 1)
      score += n > 0 ? 1 : -1
    }
    if (score > bestScore) {
      best = el
      bestScore = score
    }
  }
  return best
}

/** Without a source (a listing page): the layout's usual content element, else the body. */
function contentGuess(body: Element): Element {
  const all = [...elements(body)]
  const cls = (e: Element) => ` ${attr(e, 'class') ?? ''} `
  return (
    all.find((e) => e.tagName === 'main') ??
    all.find((e) => / (page-content|content|posts|home|post-list) /.test(cls(e))) ??
    all.find((e) => e.tagName === 'article') ??
    body
  )
}

function countLost(oldW: Map<string, number>, newW: Map<string, number>) {
  const lost = new Map<string, number>()
  for (const [w, n] of oldW) {
    const missing = n - (newW.get(w) ?? 0)
    if (missing > 0) lost.set(w, missing)
  }
  return lost
}

/** `http://people/`: what a browser made of `//people/`, a host that is no domain. */
function hostWithoutDomain(href: string): boolean {
  const host = /^https?:\/\/([^/:?#]+)/i.exec(href)?.[1]
  return !!host && !host.includes('.') && !/^localhost$/i.test(host) && !host.includes('[')
}

function compareContent(
  oldF: PageFeatures,
  newF: PageFeatures,
  mapLink: (href: string) => string,
  newOut: string,
  oldOut: string,
  authored?: Authored,
  /** The formulas the new page typesets, when the old page showed kramdown's TeX as written. */
  typesetNew?: Set<string>,
): Omit<PageComparison, 'old' | 'new' | 'source' | 'mode'> {
  // Words, images and links the page's source never had came from the old layout.
  const fromLayout = (lostWords: string[]) =>
    !!authored && lostWords.length > 0 && lostWords.every((w) => !authored.words.has(w))
  // A block that is a value of `_config.yml` as a whole (the site's title or e-mail in the
  // footer) which the page's source does not write: the old layout printed it.
  const fromConfig = (block: string) =>
    !!authored &&
    authored.configWords.includes(` ${block} `) &&
    !authored.ownWords.includes(` ${block} `)
  const layoutUrl = (url: string) => !!authored && !mentions(authored, url)
  const differences: Difference[] = []
  const lost = countLost(oldF.words, newF.words)
  const wordsOld = [...oldF.words.values()].reduce((a, b) => a + b, 0)
  const wordsLost = [...lost.values()].reduce((a, b) => a + b, 0)
  for (const block of new Set(oldF.blocks)) {
    if (newF.text.includes(` ${block} `)) continue
    const ws = block.split(' ')
    // A block whose every word is still on the page was reworded or reflowed, not lost.
    if (ws.every((w) => !lost.has(w))) continue
    const short = block.length > 200 ? `${block.slice(0, 197)}...` : block
    differences.push(
      fromLayout(ws.filter((w) => lost.has(w))) || fromConfig(block)
        ? { kind: 'text', verdict: 'known', detail: `the old layout's, not the page's: ${short}` }
        : { kind: 'text', verdict: 'loss', detail: short },
    )
  }
  for (const h of oldF.headings)
    if (!newF.headings.includes(h) && !newF.text.includes(` ${h} `))
      differences.push(
        fromLayout(h.split(' ').filter((w) => lost.has(w)))
          ? { kind: 'heading', verdict: 'known', detail: `the old layout's: ${h}` }
          : { kind: 'heading', verdict: 'loss', detail: h },
      )
  const newImages = new Set(newF.images)
  for (const src of new Set(oldF.images)) {
    const mapped = mapLink(src)
    // An image the old site did not have either was broken there too (the import lists it).
    if (src.startsWith('/') && !servedFile(oldOut, src)) {
      differences.push({
        kind: 'image',
        verdict: 'known',
        detail: `${src}: missing on the old site too (listed by the import for review)`,
      })
      continue
    }
    if (newImages.has(mapped) || newImages.has(src)) {
      if (mapped.startsWith('/') && !servedFile(newOut, mapped))
        differences.push({
          kind: 'image',
          verdict: 'loss',
          detail: `${src}: the file is not in the new site`,
        })
      continue
    }
    const copy = [...newImages].find((n) => isCopyOf(n, src))
    if (copy) {
      differences.push({
        kind: 'image',
        verdict: 'improvement',
        detail: `${src}: shown from the site's own copy, ${copy} (--copy-remote-images)`,
      })
      continue
    }
    differences.push({
      kind: 'image',
      ...(layoutUrl(src)
        ? { verdict: 'known', detail: `${src}: the old layout's image, not the page's` }
        : { verdict: 'loss', detail: `${src}: not shown on the new page` }),
    })
  }
  const newCode = new Set(newF.code)
  for (const code of oldF.code)
    if (!newCode.has(code) && !newF.code.some((c) => c.includes(code)))
      differences.push({ kind: 'code', verdict: 'loss', detail: code.slice(0, 120) })
  const newFormulas = new Set(newF.formulas)
  const typeset = oldF.formulas.filter((f) => (typesetNew ?? newFormulas).has(f))
  if (typeset.length)
    differences.push({
      kind: 'formula',
      verdict: 'improvement',
      detail: typesetNew
        ? `${typeset.length} formula(s) typeset when the site is built (KaTeX), where the old page loaded no MathJax and showed their TeX`
        : `${typeset.length} formula(s) typeset when the site is built (KaTeX), where the old page typeset them in the browser`,
    })
  // Dollars the source escaped (`\$5 and \$10`) that the old page typeset as math anyway.
  const escaped = new Set(
    [...(authored?.text ?? '').matchAll(/\\\$([^$\n]*?)\\\$/g)].map((m) => normalizeTex(m[1]!)),
  )
  for (const f of oldF.formulas)
    if (!newFormulas.has(f))
      differences.push(
        escaped.has(f.toLowerCase())
          ? {
              kind: 'formula',
              verdict: 'improvement',
              detail: `${f.slice(0, 120)}: the source escaped these dollars (\\$), which the old page typeset as math anyway; the new page shows them as written`,
            }
          : { kind: 'formula', verdict: 'loss', detail: f.slice(0, 120) },
      )
  for (const t of oldF.tables)
    if (!newF.tables.includes(t) && !newF.tables.some((n) => n.includes(t)))
      differences.push({ kind: 'table', verdict: 'loss', detail: t.slice(0, 120) })
  for (const i of oldF.iframes)
    if (!newF.iframes.includes(i)) differences.push({ kind: 'iframe', verdict: 'loss', detail: i })
  if (newF.footnotes < oldF.footnotes)
    differences.push({
      kind: 'footnotes',
      verdict: 'loss',
      detail: `${oldF.footnotes} footnote references on the old page, ${newF.footnotes} on the new`,
    })
  const newLinks = new Set(newF.links)
  for (const href of new Set(oldF.links)) {
    const mapped = mapLink(href)
    if (!newLinks.has(mapped) && !newLinks.has(href))
      differences.push(
        href.startsWith('/') && !servedFile(oldOut, href) && !servedFile(newOut, mapped)
          ? {
              kind: 'link',
              verdict: 'known',
              detail: `${href}: led nowhere on the old site either (listed by the import)`,
            }
          : hostWithoutDomain(href)
            ? {
                kind: 'link',
                verdict: 'known',
                detail: `${href}: led nowhere on the old site either (its host is no domain: a "//path" link, as an empty {{ site.url }} in front of "//" makes)`,
              }
            : layoutUrl(href)
              ? {
                  kind: 'link',
                  verdict: 'known',
                  detail: `${href}: the old layout's link, not the page's`,
                }
              : { kind: 'link', verdict: 'loss', detail: `${href}: not on the new page` },
      )
  }
  const oldLinks = new Set(oldF.links)
  for (const href of new Set(newF.links))
    if (href.startsWith('/') && !servedFile(newOut, href))
      differences.push(
        // The same link on the old page, which the old site did not serve either (an absolute
        // link to another project on the site's own host, kept as written).
        oldLinks.has(href) && !servedFile(oldOut, href)
          ? {
              kind: 'link',
              verdict: 'known',
              detail: `${href}: the old page had this link and the old site did not serve it either (kept as written)`,
            }
          : { kind: 'link', verdict: 'loss', detail: `${href}: does not resolve on the new site` },
      )
  if (oldF.typography > newF.typography)
    differences.push({
      kind: 'text',
      verdict: 'known',
      detail: `typography: ${oldF.typography} curly quotes, dashes and ellipses on the old page, ${newF.typography} on the new (kramdown's smart typography, issue 23)`,
    })
  return { wordsOld, wordsLost, differences }
}

/** A page that listed posts: each listed post must be reachable on the new site. */
function compareListing(
  old: string,
  target: string,
  source: string | undefined,
  listed: string[],
  mapLink: (href: string) => string,
  newOut: string,
): PageComparison {
  const differences: Difference[] = []
  for (const href of listed) {
    const mapped = mapLink(href)
    if (!servedFile(newOut, mapped))
      differences.push({
        kind: 'link',
        verdict: 'loss',
        detail: `${href} → ${mapped}: no such page`,
      })
  }
  differences.push({
    kind: 'page',
    verdict: 'known',
    detail: `a list of posts made by Liquid (${listed.length} posts): the site lists its posts at /posts/, where each of them answers`,
  })
  return { old, new: target, source, mode: 'listing', wordsOld: 0, wordsLost: 0, differences }
}
