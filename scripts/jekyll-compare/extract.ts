import type { DefaultTreeAdapterTypes as T } from 'parse5'
import { attr, elements, type Element } from '../output/html'

/**
 * What a reader gets from one page's content, in comparable form: the words, the text blocks, and
 * the things a move can lose (headings, images, code, formulas, tables, iframes, footnotes, links).
 */
export interface PageFeatures {
  /** Every word (lowercased letters and digits; punctuation, and so typography, is ignored). */
  words: Map<string, number>
  /** All the words in order, space-separated and padded, to look blocks up in. */
  text: string
  /** The text blocks (paragraphs, list items, cells, quotes, captions), as word strings. */
  blocks: string[]
  headings: string[]
  /** `src` of each image, resolved against the page (a site path, or an absolute URL). */
  images: string[]
  code: string[]
  formulas: string[]
  /** Each table as the words of its cells. */
  tables: string[]
  iframes: string[]
  footnotes: number
  /** `href` of each link, resolved against the page, fragment-only links left out. */
  links: string[]
  /** Curly quotes, en and em dashes and ellipses: kramdown's typography. */
  typography: number
}

/** The delimiters a page's math renderer typesets, from its MathJax or KaTeX configuration. */
export interface MathDelimiters {
  inline: [string, string][]
  display: [string, string][]
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'button', 'svg'])
const BLOCKS = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'td',
  'th',
  'figcaption',
  'caption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
])
const TYPOGRAPHY = /[‘’“”–—…]/g

export const words = (text: string): string[] =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []

const classes = (el: Element) => (attr(el, 'class') ?? '').split(/\s+/)

/** Hidden from readers: screen-reader-only labels, aria-hidden decoration, KaTeX's MathML copy. */
function hidden(el: Element): boolean {
  const c = classes(el)
  return (
    attr(el, 'hidden') !== undefined ||
    attr(el, 'aria-hidden') === 'true' ||
    c.includes('visually-hidden') ||
    c.includes('sr-only') ||
    c.includes('katex-mathml') ||
    // Line numbers beside code (Rouge's `linenos` table) are decoration.
    c.includes('gutter') ||
    c.includes('rouge-gutter') ||
    c.includes('lineno')
  )
}

/** The TeX of a KaTeX rendering (its MathML annotation). */
function katexSource(el: Element): string | undefined {
  for (const e of elements(el))
    if (e.tagName === 'annotation' && attr(e, 'encoding') === 'application/x-tex') return rawText(e)
  return undefined
}

/** Every text node below `node`, as the browser shows it (hidden parts left out). */
const CODE_TAGS = new Set(['pre', 'code', 'kbd', 'samp'])
const CODE_MARK = '\u0001'

export function visibleText(node: T.ParentNode, onKatex?: (tex: string) => void): string {
  let out = ''
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') out += (child as T.TextNode).value
    else if ('tagName' in child) {
      if (SKIPPED.has(child.tagName)) continue
      if (classes(child).includes('katex') || classes(child).includes('katex-display')) {
        const tex = katexSource(child)
        if (tex !== undefined) {
          onKatex?.(tex)
          out += ' '
          continue
        }
      }
      if (hidden(child) || skipped.has(child)) continue
      const block = BLOCKS.has(child.tagName) || child.tagName === 'br' || child.tagName === 'div'
      const inner = visibleText(child, onKatex)
      // Code is marked, so no formula is read in it: MathJax and KaTeX skip <pre> and <code>.
      if (CODE_TAGS.has(child.tagName))
        out += `${CODE_MARK}${inner.replaceAll(CODE_MARK, '')}${CODE_MARK}`
      else out += block ? ` ${inner} ` : inner
    }
  }
  return out
}

function rawText(node: T.ParentNode, visibleOnly = false): string {
  return node.childNodes
    .map((c) =>
      c.nodeName === '#text'
        ? (c as T.TextNode).value
        : 'tagName' in c && !(visibleOnly && hidden(c))
          ? rawText(c, visibleOnly)
          : '',
    )
    .join('')
}

function insidePre(el: Element, root: Element): boolean {
  for (let p: T.ParentNode | null = el.parentNode; p && p !== root; p = (p as Element).parentNode)
    if ('tagName' in p && p.tagName === 'pre') return true
  return false
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Takes the formulas out of `text`, by the page's delimiters; returns the rest. */
export function takeFormulas(text: string, math: MathDelimiters, into: string[]): string {
  const pairs = [...math.display, ...math.inline]
  if (!pairs.length) return text.replaceAll(CODE_MARK, ' ')
  // Outside code only (the marked parts), as the page's typesetter reads it.
  if (text.includes(CODE_MARK))
    return text
      .split(CODE_MARK)
      .map((part, i) => (i % 2 ? ` ${part} ` : takeFormulas(part, math, into)))
      .join('')
  // Longest opening delimiter first, so `$$` is not read as two `$`.
  const sorted = [...pairs].sort((a, b) => b[0].length - a[0].length)
  const re = new RegExp(
    sorted.map(([o, c]) => `${escapeRe(o)}([\\s\\S]+?)${escapeRe(c)}`).join('|'),
    'g',
  )
  return text.replace(re, (...m: string[]) => {
    const tex = m.slice(1, sorted.length + 1).find((g) => g !== undefined) ?? ''
    into.push(normalizeTex(tex))
    return ' '
  })
}

export const normalizeTex = (tex: string) => tex.replace(/\s+/g, '').replace(/\\\\/g, '\\')

/** Resolves `href` against the page's URL: a site path (decoded), or the absolute URL as written. */
export function resolveUrl(href: string, pageUrl: string, origins: string[]): string | undefined {
  const value = href.trim()
  if (!value || value.startsWith('#') || /^(mailto|javascript|data|tel):/i.test(value))
    return undefined
  let url: URL
  try {
    url = new URL(value, `http://site.invalid${pageUrl}`)
  } catch {
    return value
  }
  const origin = url.origin
  if (origin !== 'http://site.invalid' && !origins.includes(origin.replace(/^http:/, 'https:')))
    return `${url.protocol}//${url.host}${url.pathname}${url.search}`
  try {
    return decodeURIComponent(url.pathname)
  } catch {
    return url.pathname
  }
}

/** The features of `root`, the part of a page that holds its content. */
export function pageFeatures(
  root: Element,
  pageUrl: string,
  math: MathDelimiters,
  origins: string[],
  skip: Set<Element> = new Set(),
): PageFeatures {
  skipped = skip
  const formulas: string[] = []
  const code: string[] = []
  const blocks: string[] = []
  const headings: string[] = []
  const images: string[] = []
  const tables: string[] = []
  const iframes: string[] = []
  const links: string[] = []
  let footnotes = 0
  const fromBlock = (el: Element) =>
    words(
      takeFormulas(
        visibleText(el, (tex) => formulas.push(normalizeTex(tex))),
        math,
        [],
      ),
    )
  for (const el of elements(root)) {
    if (ancestorSkipped(el, root)) continue
    const tag = el.tagName
    if (tag === 'pre') {
      if (!insidePre(el, root)) code.push(rawText(el, true).replace(/\s+/g, ' ').trim())
    } else if (tag === 'img' && attr(el, 'src'))
      images.push(resolveUrl(attr(el, 'src')!, pageUrl, origins) ?? attr(el, 'src')!)
    else if (tag === 'iframe' && attr(el, 'src')) iframes.push(iframeKey(attr(el, 'src')!))
    else if (tag === 'table' && !classes(el).includes('rouge-table'))
      tables.push(fromBlock(el).join(' '))
    else if (tag === 'a' && attr(el, 'href')) {
      const href = resolveUrl(attr(el, 'href')!, pageUrl, origins)
      if (href) links.push(href)
      if (/^#fn/.test(attr(el, 'href')!) && attr(el, 'role') !== 'doc-backlink') footnotes++
    }
    if (/^h[1-6]$/.test(tag)) headings.push(fromBlock(el).join(' '))
    if (BLOCKS.has(tag) || tag === 'blockquote') {
      const w = fromBlock(el)
      if (w.length) blocks.push(w.join(' '))
    }
  }
  const all = visibleText(root, (tex) => formulas.push(normalizeTex(tex)))
  skipped = new Set()
  const rest = takeFormulas(all, math, formulas)
  const list = words(rest)
  const counts = new Map<string, number>()
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1)
  return {
    words: counts,
    text: ` ${list.join(' ')} `,
    blocks,
    headings: headings.filter(Boolean),
    images,
    code,
    formulas: formulas.filter(Boolean),
    tables,
    iframes,
    footnotes,
    links,
    typography: (all.match(TYPOGRAPHY) ?? []).length,
  }
}

// Parts of the page left out of this comparison (a post list the layout adds).
let skipped = new Set<Element>()

function ancestorSkipped(el: Element, root: Element): boolean {
  if (skipped.has(el)) return true
  for (let p: T.ParentNode | null = el.parentNode; p && p !== root; p = (p as Element).parentNode)
    if ('tagName' in p && (SKIPPED.has(p.tagName) || hidden(p) || skipped.has(p))) return true
  return false
}

/** An embed's identity: YouTube's hosts and protocols differ between the old and new page. */
function iframeKey(src: string): string {
  const m = /(?:youtube(?:-nocookie)?\.com\/embed\/|youtu\.be\/)([\w-]+)/.exec(src)
  return m ? `youtube:${m[1]}` : src.replace(/^(https?:)?\/\//, '')
}

/** What the page's MathJax or KaTeX configuration typesets (nothing when it loads neither). */
export function mathDelimiters(doc: T.Document): MathDelimiters {
  const none: MathDelimiters = { inline: [], display: [] }
  let config = ''
  let loaded = false
  for (const el of elements(doc)) {
    if (el.tagName === 'script') {
      const src = attr(el, 'src') ?? ''
      const body = rawText(el)
      // MathJax, or KaTeX's auto-render (KaTeX alone typesets nothing by itself).
      if (/mathjax|auto-render/i.test(src) || /MathJax|renderMathInElement/.test(body))
        loaded = true
      if (/MathJax|renderMathInElement/.test(body)) config += body
    }
  }
  if (!loaded) return none
  const inline: [string, string][] = [['\\(', '\\)']]
  // `inlineMath: [['$','$'], ...]` (MathJax) or `{left: "$", right: "$", display: false}` (KaTeX).
  if (/inlineMath[^\]]*\[\s*['"]\$['"]/.test(config) || /left:\s*['"]\$['"]/.test(config))
    inline.push(['$', '$'])
  return {
    inline,
    display: [
      ['$$', '$$'],
      ['\\[', '\\]'],
    ],
  }
}
