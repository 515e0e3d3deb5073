/**
 * kramdown's content column for a list item or a definition (`:`), where CommonMark's (and
 * remark-definition-list's) differs (kramdown's list parser):
 *
 * - an item whose first line is empty, or only an attribute list (`* {:.cls}`), has its content
 *   at column 4; CommonMark's is after the marker and at most four spaces;
 * - otherwise the content starts after the marker and all the white space behind it, tabs
 *   expanded to stops of four columns. CommonMark agrees up to four columns of white space; with
 *   five or more it puts the content one column after the marker and reads the rest as code.
 *
 * The item's line and its lines indented to kramdown's column are rewritten, before the parser
 * runs, so CommonMark reads the item as kramdown does (only columns move).
 */

const MARKER = /^ {0,3}(?:[*+-]|\d+\.|:)(?=[ \t]|$)/
const IAL_ONLY = /^\{:(?!:)(?:\\\}|[^}])*\}[ \t]*$/
const RULE = /^ {0,3}([*_-])(?:[ \t]*\1){2,}[ \t]*$/

/** The width of `space` (spaces and tabs) starting at `column`, tabs to stops of four. */
function width(space: string, column: number): number {
  let col = column
  for (const ch of space) col = ch === '\t' ? col + 4 - (col % 4) : col + 1
  return col - column
}

/** `line` with its leading white space expanded to spaces. */
function expandIndent(line: string): string {
  const lead = /^[ \t]*/.exec(line)![0]
  return ' '.repeat(width(lead, 0)) + line.slice(lead.length)
}

/**
 * Rewrites the item starting at `lines[l]` (0-based) as above; `blank(i)` says whether line `i`
 * is blank. Whether the line opens an item with no text (then nothing else starts on it).
 */
export function alignItemContent(
  lines: string[],
  l: number,
  blank: (i: number) => boolean,
): boolean {
  const line = lines[l]!
  const marker = MARKER.exec(line)?.[0]
  if (marker === undefined || RULE.test(line)) return false
  const space = /^[ \t]*/.exec(line.slice(marker.length))![0]
  const rest = line.slice(marker.length + space.length)
  const spaceWidth = width(space, marker.length)
  // Where kramdown puts the content and where CommonMark would.
  let kramdown: number
  let commonmark: number
  if (rest === '' || IAL_ONLY.test(rest)) {
    kramdown = 4
    commonmark = marker.length + (rest && spaceWidth <= 4 ? spaceWidth : 1)
  } else {
    if (spaceWidth < 5) return false
    kramdown = marker.length + spaceWidth
    commonmark = marker.length + 1
    lines[l] = `${marker} ${rest}`
  }
  const shift = kramdown - commonmark
  for (let j = l + 1; j < lines.length && shift !== 0; j++) {
    if (blank(j)) continue
    const expanded = expandIndent(lines[j]!)
    if (!expanded.startsWith(' '.repeat(kramdown))) break
    lines[j] = shift > 0 ? expanded.slice(shift) : ' '.repeat(-shift) + expanded
  }
  return rest === '' || IAL_ONLY.test(rest)
}
