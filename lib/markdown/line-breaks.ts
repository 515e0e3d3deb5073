import type { Parent } from 'mdast'
import type { CompileContext, Extension as FromMarkdownExtension } from 'mdast-util-from-markdown'
import { markdownLineEnding } from 'micromark-util-character'
import type { Construct, Extension, State, Token, TokenizeContext } from 'micromark-util-types'
import type { Processor } from 'unified'

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

// A break made of spaces: all but the last two go back into the text before it.
const breakFromMarkdown: FromMarkdownExtension = {
  exit: {
    hardBreakTrailing(this: CompileContext, token: Token) {
      this.data.atHardBreak = true
      this.exit(token)
      const spaces = this.sliceSerialize(token).length
      if (spaces <= 2) return
      const value = ' '.repeat(spaces - 2)
      const children = (this.stack[this.stack.length - 1] as Parent).children
      const before = children[children.length - 2]
      if (before?.type === 'text') before.value += value
      else children.splice(children.length - 1, 0, { type: 'text', value })
    },
  },
}

/** Remark plugin for `.md`: kramdown's `\\` breaks, and the spaces before a two-space break. */
export default function remarkKramdownLineBreaks(this: Processor) {
  const extension: Extension = { text: { [BACKSLASH]: doubleBackslashBreak } }
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(extension)
  ;(data.fromMarkdownExtensions ??= []).push(breakFromMarkdown)
}
