import type { Code, Root } from 'mdast'

/**
 * kramdown's code block rules that CommonMark reads differently, applied to the document's lines
 * before the Markdown parser runs (the lines are changed in place, never added or removed, so
 * positions still point into the author's file):
 *
 * - a fence that no later line closes (the same character, at least as many) is not a fence:
 *   the line is text, as kramdown reads it (CommonMark runs the block to the end of the document);
 * - a fence indented by one to three spaces does not take that indentation off its lines;
 * - a line right under an indented code block, not itself indented, still belongs to the block
 *   (kramdown's lazy line), unless it is an `^`, an attribute list or an HTML block tag. kramdown
 *   joins it to the line above with a space: `joinLazyCode` does that in the parsed tree.
 *
 * Only top-level code blocks take lazy lines (and keep a fence's indentation): inside a list, a quote or a footnote an indented
 * line is usually the item's own paragraph, and its container's rules decide.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/
const INDENTED = /^( {4}|\t)/
const BLANK = /^[ \t]*$/
// A line that opens a container whose indented lines are its own content.
const CONTAINER = /^ {0,3}(?:[*+-]|\d+[.)]|\[\^[^\]]+\]:|:)(?:[ \t]|$)/
// What ends a lazy run: the end-of-block marker, an attribute list, an HTML block tag.
const LAZY_END = /^ {0,3}(?:\^[ \t]*$|\{:|<\/?[A-Za-z])/

/** Applies the rules to `lines`; returns the (1-based) lines that are lazy lines of a code block. */
export function kramdownCodeLines(lines: string[]): Set<number> {
  // For each fence character, the longest closing run on a line after `l` (filled backwards).
  const longestAfter = {
    '`': new Int32Array(lines.length + 1),
    '~': new Int32Array(lines.length + 1),
  }
  for (let l = lines.length - 1; l >= 0; l--) {
    const close = CLOSING.exec(lines[l]!)
    for (const char of ['`', '~'] as const) {
      const own = close && close[1]![0] === char ? close[1]!.length : 0
      longestAfter[char][l] = Math.max(own, longestAfter[char][l + 1]!)
    }
  }
  const lazy = new Set<number>()
  let fence: string | undefined
  let inContainer = false
  let inCode = false
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!
    const f = FENCE.exec(line)
    if (fence) {
      if (f && CLOSING.test(line) && f[1]!.startsWith(fence)) fence = undefined
      continue
    }
    if (BLANK.test(line)) continue
    const afterBlank = l === 0 || BLANK.test(lines[l - 1]!)
    if (INDENTED.test(line)) {
      if (afterBlank && !inContainer) inCode = true
      continue
    }
    if (inCode && !afterBlank && !LAZY_END.test(line)) {
      lazy.add(l + 1)
      lines[l] = `    ${line}`
      continue
    }
    inCode = false
    // After a blank line, an indented line may still be the container's (a list item's text at
    // its content column): only a line at the margin surely leaves it.
    // (A bare `-` right under a line of text is a heading's underline or more text: kramdown's
    // list items need a space after the marker.)
    if (CONTAINER.test(line) && (afterBlank || !/^ {0,3}[*+-][ \t]*$/.test(line)))
      inContainer = true
    else if (afterBlank && !/^[ \t]/.test(line)) inContainer = false
    if (f) {
      const run = f[1]!
      const char = run[0] as '`' | '~'
      if (longestAfter[char][l + 1]! >= run.length) {
        fence = run
        // kramdown keeps the content's indentation; CommonMark takes the fence's off each line.
        if (!inContainer) lines[l] = line.trimStart()
      }
      // Escaped, the fence's first character is text, as the rest of the line is.
      else lines[l] = line.replace(/^( {0,3})/, '$1\\')
    }
  }
  return lazy
}

/** Joins each lazy line of a top-level indented code block to the line above with a space. */
export function joinLazyCode(tree: Root, lazy: ReadonlySet<number>): void {
  if (!lazy.size) return
  for (const node of tree.children) {
    if (node.type !== 'code' || !node.position) continue
    const { start, end } = node.position
    const lines = (node as Code).value.split('\n')
    // (A fenced block's lines start below its fence.)
    if (lines.length !== end.line - start.line + 1) continue
    let joined = lines[0]!
    for (let i = 1; i < lines.length; i++)
      joined += (lazy.has(start.line + i) ? ' ' : '\n') + lines[i]
    node.value = joined
  }
}
