import type { Element, ElementContent, Root, RootContent } from 'hast'
import { toString } from 'hast-util-to-string'

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

/** Text of a node without the heading anchors' "#". */
function textOf(node: Root | Element): string {
  const copy = {
    ...node,
    children: node.children.filter(
      (c) =>
        !(
          c.type === 'element' &&
          (c.properties.className as string[] | undefined)?.includes('heading-anchor')
        ),
    ),
  }
  return toString(copy as Element)
}

function isMore(node: RootContent): boolean {
  return node.type === 'comment' && node.value.trim() === 'more'
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

  const more = tree.children.findIndex(isMore)
  const before =
    more === -1
      ? tree.children.filter((n) => n.type === 'element' && n.tagName === 'p').slice(0, 1)
      : tree.children.slice(0, more)
  const excerpt = before
    .map((n) => toString(n as Element))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()

  const words = toString(tree).split(/\s+/).filter(Boolean).length
  return { toc, excerpt, readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) }
}
