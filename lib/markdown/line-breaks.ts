import type { Break, Root } from 'mdast'
import { markdownLineEnding } from 'micromark-util-character'
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { visit } from './visit'

/**
 * kramdown's line breaks where they differ from CommonMark's:
 * - `\\` at the end of a line is a break (kramdown reads the pair before the escape), so
 *   `a \\` ends the line with a `<br>` where CommonMark writes a backslash; a `\` alone there is
 *   a break in both;
 * - a break is the last two spaces of the line: spaces before them stay in the text, where
 *   CommonMark drops all of them.
 */
const BACKSLASH = 92

// The same token as CommonMark's `\` break, over both backslashes, so it becomes a `break` node.
const doubleBackslashBreak: Construct = {
  name: 'kramdownDoubleBackslashBreak',
  tokenize(this: TokenizeContext, effects, ok, nok) {
    const atEol: State = (code) => {
      if (!markdownLineEnding(code)) return nok(code)
      effects.exit('hardBreakEscape')
      return ok(code)
    }
    const second: State = (code) => {
      if (code !== BACKSLASH) return nok(code)
      effects.consume(code)
      return atEol
    }
    return (code) => {
      effects.enter('hardBreakEscape')
      effects.consume(code)
      return second
    }
  },
}

/** Remark plugin for `.md`: kramdown's `\\` breaks, and the spaces before a two-space break. */
export default function remarkKramdownLineBreaks(this: Processor) {
  const extension: Extension = { text: { [BACKSLASH]: doubleBackslashBreak } }
  const data = this.data() as { micromarkExtensions?: Extension[] }
  ;(data.micromarkExtensions ??= []).push(extension)
  return (tree: Root, file: VFile) => {
    const source = String(file.value)
    visit(tree, 'break', (node: Break, index, parent) => {
      const start = node.position?.start.offset
      if (!parent || index === undefined || start === undefined) return
      let spaces = 0
      while (source.charCodeAt(start + spaces) === 32) spaces++
      if (spaces <= 2) return
      const value = ' '.repeat(spaces - 2)
      const before = parent.children[index - 1]
      if (before?.type === 'text') before.value += value
      else {
        parent.children.splice(index, 0, { type: 'text', value })
        return index + 2
      }
    })
  }
}
