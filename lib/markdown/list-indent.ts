/**
 * kramdown's content column for a list item whose first line has text: the marker's end plus all
 * the white space after it, tabs expanded to stops of four columns (kramdown's list parser).
 * CommonMark's is the same for up to four columns of white space; with five or more it puts the
 * content one column after the marker and reads the rest as an indented code block. Such an item
 * line is rewritten with one space after the marker, and the item's lines indented to kramdown's
 * column move left by the same amount, so CommonMark reads the item as kramdown does.
 */

const ITEM = /^( {0,3}(?:[*+-]|\d+\.))([ \t]+)(?=\S)/
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
 * Rewrites the item starting at `lines[l]` (0-based) as above, when its white space after the
 * marker is five columns or more; `blank(i)` says whether line `i` is blank.
 */
export function alignItemContent(lines: string[], l: number, blank: (i: number) => boolean): void {
  const line = lines[l]!
  const item = ITEM.exec(line)
  if (!item || RULE.test(line)) return
  const [whole, marker, space] = item as unknown as [string, string, string]
  const column = marker.length + width(space, marker.length)
  if (column - marker.length < 5) return
  lines[l] = `${marker} ${line.slice(whole.length)}`
  const shift = column - (marker.length + 1)
  for (let j = l + 1; j < lines.length; j++) {
    if (blank(j)) continue
    const expanded = expandIndent(lines[j]!)
    if (!expanded.startsWith(' '.repeat(column))) break
    lines[j] = expanded.slice(shift)
  }
}
