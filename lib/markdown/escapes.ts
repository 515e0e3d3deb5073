import type { Code, Construct, Extension, State, TokenizeContext } from 'micromark-util-types'
import type { Processor } from 'unified'

/**
 * kramdown's backslash escapes, in running text: only `\` before one of
 * ``\.*_+-`()[]{}#!:|"'$=<>~`` escapes it (kramdown's own set, and `~` from the GFM parser).
 * Before `%&,/;?@^`, which CommonMark escapes too, the backslash is a character: `\&amp;` is
 * `\&`, not `&`.
 */
const LITERAL_AFTER = new Set([...'%&,/;?@^'].map((c) => c.charCodeAt(0)))
const BACKSLASH = 92

const literalBackslash: Construct = {
  name: 'kramdownLiteralBackslash',
  tokenize(this: TokenizeContext, effects, ok, nok) {
    const after: State = (code: Code) =>
      code !== null && LITERAL_AFTER.has(code) ? ok(code) : nok(code)
    return (code) => {
      effects.enter('data')
      effects.consume(code)
      effects.exit('data')
      return after
    }
  },
}

/** Remark plugin for `.md`: kramdown's backslash escapes in running text. */
export default function remarkKramdownEscapes(this: Processor) {
  const extension: Extension = { text: { [BACKSLASH]: literalBackslash } }
  const data = this.data() as { micromarkExtensions?: Extension[] }
  ;(data.micromarkExtensions ??= []).push(extension)
}
