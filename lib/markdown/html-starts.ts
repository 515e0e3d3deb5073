import { htmlFlow, htmlText } from 'micromark-core-commonmark'
import type { Construct, Extension, State, TokenizeContext, TokenType } from 'micromark-util-types'
import type { Processor } from 'unified'
import { END_OF_BLOCK } from './blocks'
import { SPAN_PLACEHOLDER } from './span-extensions'

const PROBE = 'kramdownHtmlProbe' as TokenType

/** A look-ahead: whether the characters from here are `text`. */
function exactly(text: string): Construct {
  return {
    partial: true,
    tokenize(effects, ok, nok) {
      let i = 0
      const next: State = (code) => {
        if (i === text.length) {
          effects.exit(PROBE)
          return ok(code)
        }
        if (code !== text.charCodeAt(i++)) return nok(code)
        effects.consume(code)
        return next
      }
      return (code) => {
        effects.enter(PROBE)
        return next(code)
      }
    },
  }
}

/**
 * CommonMark's raw HTML with some starts refused, as kramdown reads them: it knows no processing
 * instructions (`<?xml …?>` is text, in a block or a sentence), and a comment, CDATA section or
 * declaration does not end a paragraph (it is span HTML there), except blocks.ts's end-of-block
 * marker. A span extension's placeholder at a line's start (span-extensions.ts) is in a paragraph
 * too, as kramdown reads `{::nomarkdown}…{:/}` there. A refused start is not HTML: the parser reads it as any other text.
 */
function refusing(construct: Construct, name: string, block: boolean): Construct {
  const marker = exactly(END_OF_BLOCK)
  const instruction = exactly('<?')
  const bang = exactly('<!')
  const placeholder = exactly(SPAN_PLACEHOLDER)
  return {
    ...construct,
    name,
    add: 'after',
    tokenize(this: TokenizeContext, effects, ok, nok) {
      const inner = construct.tokenize.call(this, effects, ok, nok)
      const notBang: State = (code) =>
        block && this.interrupt ? effects.check(bang, nok, inner)(code) : inner(code)
      const notInstruction: State = (code) => effects.check(instruction, nok, notBang)(code)
      const notPlaceholder: State = (code) =>
        block ? effects.check(placeholder, nok, notInstruction)(code) : notInstruction(code)
      return (code) => effects.check(marker, inner, notPlaceholder)(code)
    },
  }
}

const kramdownHtmlFlow = refusing(htmlFlow, 'kramdownHtmlFlow', true)
const kramdownHtmlText = refusing(htmlText, 'kramdownHtmlText', false)

/** Remark plugin for `.md`: where raw HTML starts, as kramdown reads it. */
export default function remarkKramdownHtmlStarts(this: Processor) {
  const extension: Extension = {
    disable: { null: ['htmlFlow', 'htmlText'] },
    flow: { 60: kramdownHtmlFlow },
    text: { 60: kramdownHtmlText },
  }
  const data = this.data() as { micromarkExtensions?: Extension[] }
  ;(data.micromarkExtensions ??= []).push(extension)
}
