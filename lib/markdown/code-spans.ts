import { codeText } from 'micromark-core-commonmark'
import { markdownLineEndingOrSpace } from 'micromark-util-character'
import type { Construct, Extension, State, Token, TokenizeContext } from 'micromark-util-types'
import type { Processor } from 'unified'
import type { InlineCode } from 'mdast'
import type { CompileContext, Extension as FromMarkdownExtension } from 'mdast-util-from-markdown'

/**
 * kramdown's code spans, where they differ from CommonMark's:
 * - a single backtick with white space (or the start of the paragraph) before it and white space
 *   after it is a character, not an opening (`a ` b` is text where CommonMark makes a code span
 *   of ` b`);
 * - the content keeps its spaces inside single backticks (`` ` a ` `` is ` a `); inside longer
 *   runs one space goes at each end that has one (CommonMark takes one from both ends only when
 *   both have one).
 */
const kramdownCodeText: Construct = {
  ...codeText,
  name: 'kramdownCodeText',
  tokenize(this: TokenizeContext, effects, ok, nok) {
    const start = codeText.tokenize.call(this, effects, ok, nok)
    const before = this.previous
    if (before !== null && !markdownLineEndingOrSpace(before)) return start
    // The construct sees the backtick, then the character after it: a lone backtick before
    // white space is refused; any other second character leaves the construct on its own.
    return (code) => {
      const next = start(code)
      if (typeof next !== 'function') return next
      return ((second) => (markdownLineEndingOrSpace(second) ? nok(second) : next(second))) as State
    }
  },
}

// The content from the span as written (micromark has already taken CommonMark's padding off).
const codeSpanFromMarkdown: FromMarkdownExtension = {
  exit: {
    codeText(this: CompileContext, token: Token) {
      this.resume()
      const raw = this.sliceSerialize(token)
      let ticks = 0
      while (raw.charCodeAt(ticks) === 96) ticks++
      // Line endings become spaces, as in CommonMark (the same in the browser).
      let value = raw.slice(ticks, raw.length - ticks).replace(/\r?\n/g, ' ')
      if (ticks > 1) value = value.replace(/^ /, '').replace(/ $/, '')
      ;(this.stack[this.stack.length - 1] as InlineCode).value = value
      this.exit(token)
    },
  },
}

/** Remark plugin for `.md`: kramdown's lone backticks and code span spacing. */
export default function remarkKramdownCodeSpans(this: Processor) {
  const extension: Extension = { disable: { null: ['codeText'] }, text: { 96: kramdownCodeText } }
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(extension)
  ;(data.fromMarkdownExtensions ??= []).push(codeSpanFromMarkdown)
}
