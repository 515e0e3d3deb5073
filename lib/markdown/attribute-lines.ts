import type { Literal } from 'mdast'
import type {
  CompileContext,
  Extension as FromMarkdownExtension,
  Token,
} from 'mdast-util-from-markdown'
import { markdownLineEnding, markdownSpace } from 'micromark-util-character'
import type {
  Code,
  Construct,
  Effects,
  Extension,
  State,
  TokenizeContext,
} from 'micromark-util-types'
import type { Processor } from 'unified'

/**
 * kramdown's block attribute lines as Markdown syntax: a line that is only `{: .cls #id k="v"}`
 * (an inline attribute list, IAL) or `{:name: .cls}` (an attribute list definition, ALD). Like a
 * heading, such a line ends the paragraph, quote or list above it, and is never a lazy
 * continuation line: kramdown reads `para\n{:.cls}` as the paragraph and its attributes, where
 * CommonMark would read one paragraph. kramdown.ts applies them to their blocks.
 */

/** An attribute line in the Markdown tree; `value` is what is between `{:` and `}`. */
export interface KramdownAttributeLine extends Literal {
  type: 'kramdownAttributeLine'
}

declare module 'mdast' {
  interface RootContentMap {
    kramdownAttributeLine: KramdownAttributeLine
  }
  interface BlockContentMap {
    kramdownAttributeLine: KramdownAttributeLine
  }
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    kramdownAttributeLine: 'kramdownAttributeLine'
  }
}

const LEFT_BRACE = 123
const RIGHT_BRACE = 125
const COLON = 58
const SLASH = 47
const BACKSLASH = 92

function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const start: State = (code) => {
    if (code !== LEFT_BRACE) return nok(code)
    effects.enter('kramdownAttributeLine')
    effects.consume(code)
    return colon
  }
  const colon: State = (code) => {
    if (code !== COLON) return nok(code)
    effects.consume(code)
    return first
  }
  // `{::name}` is an extension and `{:/}` closes one: neither is an attribute list.
  const first: State = (code) => {
    if (code === COLON || code === SLASH || code === RIGHT_BRACE) return nok(code)
    return inside(code)
  }
  const inside: State = (code: Code) => {
    if (code === null || markdownLineEnding(code)) return nok(code)
    effects.consume(code)
    if (code === BACKSLASH) return escaped
    return code === RIGHT_BRACE ? after : inside
  }
  const escaped: State = (code) => {
    if (code === null || markdownLineEnding(code)) return nok(code)
    effects.consume(code)
    return inside
  }
  const after: State = (code) => {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('kramdownAttributeLine')
      return ok(code)
    }
    if (!markdownSpace(code)) return nok(code)
    effects.consume(code)
    return trailing
  }
  const trailing: State = (code) => {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('kramdownAttributeLine')
      return ok(code)
    }
    if (markdownSpace(code)) {
      effects.consume(code)
      return trailing
    }
    return nok(code)
  }
  return start
}

const attributeLine: Construct = { name: 'kramdownAttributeLine', tokenize }

export const attributeLineSyntax: Extension = { flow: { [LEFT_BRACE]: attributeLine } }

export const attributeLineFromMarkdown: FromMarkdownExtension = {
  enter: {
    kramdownAttributeLine(this: CompileContext, token: Token) {
      const raw = this.sliceSerialize(token).trim()
      this.enter({ type: 'kramdownAttributeLine', value: raw.slice(2, -1) }, token)
    },
  },
  exit: {
    kramdownAttributeLine(this: CompileContext, token: Token) {
      this.exit(token)
    },
  },
}

/** Remark plugin: parse attribute lines (see above). */
export default function remarkAttributeLines(this: Processor) {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(attributeLineSyntax)
  ;(data.fromMarkdownExtensions ??= []).push(attributeLineFromMarkdown)
}
