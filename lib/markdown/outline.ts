import type { Element, ElementContent, Root, RootContent } from 'hast'

export interface TocEntry {
  depth: 2 | 3
  id: string
  text: string
}

export interface Outline {
  /** h2 and h3 headings with their ids, in order. */
  toc: TocEntry[]
  /** Plain text before `<!--more-->`, or the first paragraph. */
  excerpt: string
  /** Minutes to read at 230 words a minute, at least 1. */
  readingMinutes: number
}

const WORDS_PER_MINUTE = 230

// Not part of the text a reader reads: the heading anchors' "#" and labels only for screen readers
// (" (external link)"), which must not leak into excerpts, descriptions and JSON-LD.
const NOT_TEXT = ['heading-anchor', 'visually-hidden']

// Elements whose text a reader never reads: code that runs, styles, inert templates.
const NOT_READ = new Set(['script', 'style', 'template'])

/**
 * Text of a node as a reader sees it: its text nodes, without HTML comments (an author's
 * commented-out markup, `<!-- <div class="toc">… -->`), scripts and styles, which
 * hast-util-to-string counts as text, and without the labels of `NOT_TEXT`.
 */
function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element') {
    if (NOT_READ.has(node.tagName)) return ''
    const classes = node.properties.className
    if (Array.isArray(classes) && classes.some((n) => NOT_TEXT.includes(String(n)))) return ''
  } else if (node.type !== 'root') return ''
  let text = ''
  for (const child of node.children) text += textOf(child)
  return text
}

function isMore(node: RootContent): boolean {
  return node.type === 'comment' && node.value.trim() === 'more'
}

/**
 * What comes before `<!--more-->`: the blocks above it, and where it sits at the end of a
 * paragraph (written on the line under the paragraph's last, as kramdown keeps it), that
 * paragraph's text before it.
 */
function beforeMore(nodes: RootContent[]): (RootContent | ElementContent)[] | undefined {
  for (const [i, node] of nodes.entries()) {
    if (isMore(node)) return nodes.slice(0, i)
    if (node.type !== 'element' || node.tagName !== 'p') continue
    const inner = node.children.findIndex((c) => isMore(c as RootContent))
    if (inner !== -1) return [...nodes.slice(0, i), ...node.children.slice(0, inner)]
  }
  return undefined
}

function hasOwnToc(nodes: (RootContent | ElementContent)[]): boolean {
  return nodes.some(
    (node) =>
      node.type === 'element' &&
      ((typeof node.properties.id === 'string' && node.properties.id.startsWith('markdown-toc')) ||
        hasOwnToc(node.children)),
  )
}

/** Table of contents, excerpt and reading time of a rendered document (its HTML tree). */
export function outline(tree: Root): Outline {
  const toc: TocEntry[] = []
  const visit = (nodes: (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue
      const el = node as Element
      if ((el.tagName === 'h2' || el.tagName === 'h3') && typeof el.properties.id === 'string') {
        toc.push({
          depth: el.tagName === 'h2' ? 2 : 3,
          id: el.properties.id,
          text: textOf(el).trim(),
        })
      } else visit(el.children)
    }
  }
  visit(tree.children)
  // A page with kramdown's own `{:toc}` list (toc.ts: its entries' ids are `markdown-toc-…`)
  // placed its table of contents itself: the site adds no second one.
  if (hasOwnToc(tree.children)) toc.length = 0

  const before = beforeMore(tree.children) ?? [
    ...tree.children.filter((n) => n.type === 'element' && n.tagName === 'p').slice(0, 1),
  ]
  const excerpt = before.map(textOf).join(' ').replace(/\s+/g, ' ').trim()

  const words = textOf(tree).split(/\s+/).filter(Boolean).length
  return { toc, excerpt, readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) }
}
