/**
 * Caps that keep one bad file from taking the build down, set far beyond what real content
 * meets (the README's "What content can do" lists them). A file over a cap is reported at the
 * place it crosses it, never silently cut short.
 */

/**
 * The largest content file read: 20 MB. The longest real posts are tens of kilobytes; a larger
 * file is data, which belongs in public/. (A 5 MB post is still slow: about 90 s of CPU and
 * 1.8 GB in the content check, on a loaded machine. lib/markdown/chunked-parse.ts parses it a
 * section at a time; what remains is the parser's speed, highlighting, KaTeX and the whole tree.)
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

/**
 * The longest post whose whole text goes into the feeds: 512 KiB of source. A longer post's feed
 * entries carry its summary and link, and the content check says so. The feeds hold the 30 newest
 * posts whole, in four files (Atom twice, RSS, JSON Feed): a 5 MB post made each of them 22 MB,
 * more than feed readers fetch, and writing them cost `next build` several seconds. The longest
 * real posts are tens of kilobytes.
 */
export const MAX_FEED_TEXT_BYTES = 512 * 1024

/**
 * How deep a line may start inside lists and block quotes, in columns of indentation and `>`
 * markers: 400 is a list nested a hundred levels or more. The Markdown parser's work grows with
 * the square of the depth (a list nested 20,000 deep ran for minutes, then overflowed the stack).
 */
export const MAX_NESTING_COLUMNS = 400

/**
 * The first line whose container prefix (spaces, tabs, `>` and list markers before the text) is
 * wider than MAX_NESTING_COLUMNS, with its width; undefined when none is.
 */
export function tooDeep(text: string): { line: number; column: number; width: number } | undefined {
  const prefix = /(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/y
  let line = 1
  for (let start = 0; start < text.length; line++) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    // Only a line long enough can be too deep (a tab counts four): most are skipped unread.
    if (end - start > MAX_NESTING_COLUMNS / 4) {
      prefix.lastIndex = start
      const width = prefix.exec(text)![0].replace(/\t/g, '    ').length
      if (width > MAX_NESTING_COLUMNS) return { line, column: 1, width }
    }
    start = end + 1
  }
  return undefined
}

/**
 * How deep raw HTML elements may nest: 512, the depth at which browsers' HTML parsers stop
 * nesting (Chromium's `kMaximumHTMLParserDOMTreeDepth`). Real pages nest a few dozen deep; 20,000
 * nested `<div>`s overflowed the stack of the build's tree walks.
 */
export const MAX_HTML_DEPTH = 512

/**
 * How many `[` and `]` one paragraph (lines between blank lines, outside fenced code) may hold:
 * 10,000. The Markdown parser's time grows with the square of the brackets in a paragraph that do
 * not end up as links (it merges the text around each one into the text before it, copying the
 * rest of the paragraph's tokens every time): 40,000 of them took 9 s, and a megabyte of them
 * would take hours. A real paragraph holds a few dozen.
 */
export const MAX_PARAGRAPH_BRACKETS = 10_000

/**
 * The bracket that takes a paragraph past MAX_PARAGRAPH_BRACKETS (1-based line and column);
 * undefined when none does.
 */
export function tooManyBrackets(text: string): { line: number; column: number } | undefined {
  const fence = /^[ \t>]*(`{3,}|~{3,})/
  let open: string | undefined
  let count = 0
  let line = 1
  for (let start = 0; start < text.length; line++) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const rest = text.slice(start, end)
    const marker = fence.exec(rest)?.[1]
    if (open) {
      if (marker && marker[0] === open[0] && marker.length >= open.length) open = undefined
    } else if (marker) {
      open = marker
      count = 0
    } else if (!rest.trim()) count = 0
    else
      for (const m of rest.matchAll(/[[\]]/g))
        if (++count > MAX_PARAGRAPH_BRACKETS) return { line, column: m.index + 1 }
    start = end + 1
  }
  return undefined
}
