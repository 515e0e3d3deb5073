import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5'

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

/** Parses a page with source positions (offsets count UTF-16 units of `html`, as `slice` does). */
export function parseHtml(html: string): T.Document {
  return parse(html, { sourceCodeLocationInfo: true })
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
