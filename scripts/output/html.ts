import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { defaultTreeAdapter, parse, type DefaultTreeAdapterTypes as T, type Token } from 'parse5'

export type Element = T.Element

/** Every `.html` file under `dir`, as paths relative to it with "/" separators, sorted. */
export function htmlFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort()
}

/**
 * A hash of each page's bytes, by page (in `htmlFiles` order): the output checks remember what they
 * learnt about a page under it, so a rebuild checks only the pages that changed.
 */
export function pageHashes(dir: string): Map<string, string> {
  return new Map(
    htmlFiles(dir).map((page) => [page, pageHash(fs.readFileSync(path.join(dir, page)))]),
  )
}

/** The hash a page is known by (its text is hashed as the UTF-8 it is written as). */
export function pageHash(page: string | Buffer): string {
  return createHash('sha256').update(page).digest('hex')
}

/** How many threads `pages` pages are worth: one per core, each with at least `perThread`. */
export function threadCount(pages: number, perThread: number): number {
  return Math.max(1, Math.min(os.availableParallelism(), Math.floor(pages / perThread)))
}

/**
 * Pages split into one share per worker thread, a thread per core, when there are enough of them
 * for each thread to pay for its start (`perThread`); otherwise one share, for this thread.
 */
export function threadShares<T>(pages: T[], perThread: number): T[][] {
  const threads = threadCount(pages.length, perThread)
  if (threads < 2) return [pages]
  return Array.from({ length: threads }, (_, i) => pages.filter((_, j) => j % threads === i))
}

const span = (l: Token.Location): Token.Location => ({
  startLine: l.startLine,
  startCol: l.startCol,
  startOffset: l.startOffset,
  endLine: l.endLine,
  endCol: l.endCol,
  endOffset: l.endOffset,
})

/**
 * parse5's own tree with the positions the checks read, and no others: each element's span and its
 * start tag's, each comment's and doctype's span; none for text, none per attribute, and an end
 * tag's only for `<html>` and `<body>` (parse5 itself asks whether those have one). parse5 gives
 * each element three copies of its positions and each attribute one, and each text node its own:
 * on a 5 MB post's page (22.9 MB) its tree held 656 MiB with all of them and holds 451 MiB with
 * these.
 */
const withSpans: typeof defaultTreeAdapter = {
  ...defaultTreeAdapter,
  setNodeSourceCodeLocation(node, location) {
    if (node.nodeName === '#text') return
    if (!location) return defaultTreeAdapter.setNodeSourceCodeLocation(node, location)
    const kept: Token.ElementLocation = span(location)
    if ('startTag' in location && location.startTag) kept.startTag = span(location.startTag)
    defaultTreeAdapter.setNodeSourceCodeLocation(node, kept)
  },
  updateNodeSourceCodeLocation(node, end) {
    const kept = node.sourceCodeLocation as Token.ElementLocation | null | undefined
    if (!kept) return
    if (end.endLine !== undefined) kept.endLine = end.endLine
    if (end.endCol !== undefined) kept.endCol = end.endCol
    if (end.endOffset !== undefined) kept.endOffset = end.endOffset
    if (end.endTag && (node.nodeName === 'html' || node.nodeName === 'body'))
      kept.endTag = span(end.endTag)
  },
}

/**
 * Parses a page with the source positions the checks use (offsets count UTF-16 units of `html`,
 * as `slice` does): elements, comments and the doctype have them, text nodes do not.
 */
export function parseHtml(html: string): T.Document {
  return parse(html, { sourceCodeLocationInfo: true, treeAdapter: withSpans })
}

/** Every element of the tree in document order, `<template>` contents included. */
export function* elements(node: T.ParentNode): Generator<Element> {
  const children =
    'content' in node && node.nodeName === 'template' ? node.content.childNodes : node.childNodes
  for (const child of children) {
    if (!('tagName' in child)) continue
    yield child
    yield* elements(child)
  }
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value
}

/** The text an element holds, as the browser sees it (for `<script>`, exactly its source). */
export function textOf(el: Element): string {
  return el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('')
}

/** 1-based line and column of an element's start tag, for messages. */
export function position(el: Element): string {
  const loc = el.sourceCodeLocation
  return loc ? `${loc.startLine}:${loc.startCol}` : '1:1'
}
