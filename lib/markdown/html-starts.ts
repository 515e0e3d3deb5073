import { htmlFlow, htmlText } from 'micromark-core-commonmark'
import { markdownLineEnding } from 'micromark-util-character'
import type {
  Code,
  Construct,
  Extension,
  State,
  TokenizeContext,
  TokenType,
} from 'micromark-util-types'
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
 * too, as kramdown reads `{::nomarkdown}…{:/}` there. A `<script>` (written in lower case) does
 * not end a paragraph either: kramdown reads it as span HTML there, as it reads the span elements.
 * A refused start is not HTML: the parser reads it as any other text.
 */
function refusing(construct: Construct, name: string, block: boolean): Construct {
  const marker = exactly(END_OF_BLOCK)
  const instruction = exactly('<?')
  const bang = exactly('<!')
  const placeholder = exactly(SPAN_PLACEHOLDER)
  const script = scriptStart()
  return {
    ...construct,
    name,
    add: 'after',
    tokenize(this: TokenizeContext, effects, ok, nok) {
      const inner = construct.tokenize.call(this, effects, ok, nok)
      const notScript: State = (code) => effects.check(script, nok, inner)(code)
      const notBang: State = (code) =>
        block && this.interrupt ? effects.check(bang, nok, notScript)(code) : inner(code)
      const notInstruction: State = (code) => effects.check(instruction, nok, notBang)(code)
      const notPlaceholder: State = (code) =>
        block ? effects.check(placeholder, nok, notInstruction)(code) : notInstruction(code)
      return (code) => effects.check(marker, inner, notPlaceholder)(code)
    },
  }
}

/** A look-ahead: whether a `<script` tag (its name in lower case, as a whole word) starts here. */
function scriptStart(): Construct {
  const name = exactly('<script')
  return {
    partial: true,
    tokenize(effects, ok, nok) {
      const after: State = (code) => (isNameChar(code) && code !== 58 ? nok(code) : ok(code))
      return effects.attempt(name, after, nok)
    },
  }
}

const isAlpha = (c: Code) => c !== null && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))
const isNameChar = (c: Code) =>
  isAlpha(c) ||
  (c !== null && ((c >= 48 && c <= 57) || c === 45 || c === 46 || c === 58 || c === 95))
const isSpace = (c: Code) => c === 32 || c === 9
// An unquoted attribute value's characters.
const isBare = (c: Code) =>
  c !== null && c > 32 && c !== 34 && c !== 39 && c !== 61 && c !== 60 && c !== 62 && c !== 96

/**
 * A tag in a line whose name has a colon (`<some:url name:spac='x'>`, `</some:url>`,
 * `<x:y/>`): an XML element, HTML to kramdown, text to CommonMark (its names have no colon).
 * Attributes may run across lines.
 */
const xmlTagText: Construct = {
  name: 'kramdownXmlTag',
  tokenize(effects, ok, nok) {
    let colon = false
    let closing = false
    let quote: Code = null
    const end: State = (code) => {
      if (code !== 62) return nok(code)
      effects.consume(code)
      effects.exit('htmlTextData')
      effects.exit('htmlText')
      return ok
    }
    // White space, line endings included, then `next`.
    const space =
      (next: State): State =>
      (code) => {
        if (isSpace(code)) {
          effects.consume(code)
          return space(next)
        }
        if (markdownLineEnding(code)) {
          effects.exit('htmlTextData')
          effects.enter('lineEnding')
          effects.consume(code)
          effects.exit('lineEnding')
          // (Entered at the next line's first character, as micromark's own HTML does.)
          return (after: Code) => {
            effects.enter('htmlTextData')
            return space(next)(after)
          }
        }
        return next(code)
      }
    const afterValue: State = (code) =>
      isSpace(code) || markdownLineEnding(code) ? space(attributes)(code) : closeOrEnd(code)
    const quoted: State = (code) => {
      if (code === null) return nok(code)
      if (code === quote) {
        effects.consume(code)
        return afterValue
      }
      if (markdownLineEnding(code)) return nok(code)
      effects.consume(code)
      return quoted
    }
    const bare: State = (code) => {
      if (!isBare(code)) return afterValue(code)
      effects.consume(code)
      return bare
    }
    const valueStart: State = (code) => {
      if (code === 34 || code === 39) {
        quote = code
        effects.consume(code)
        return quoted
      }
      if (!isBare(code)) return nok(code)
      effects.consume(code)
      return bare
    }
    const afterName: State = (code) => {
      if (code === 61) {
        effects.consume(code)
        return space(valueStart)
      }
      return attributes(code)
    }
    const attributeName: State = (code) => {
      if (isNameChar(code)) {
        effects.consume(code)
        return attributeName
      }
      return space(afterName)(code)
    }
    const closeOrEnd: State = (code) => {
      if (code === 47 && !closing) {
        effects.consume(code)
        return end
      }
      return end(code)
    }
    // After white space: an attribute, or the tag's end.
    const attributes: State = (code) => {
      if (!closing && (isAlpha(code) || code === 95 || code === 58)) {
        effects.consume(code)
        return attributeName
      }
      return closeOrEnd(code)
    }
    const name: State = (code) => {
      if (isNameChar(code)) {
        if (code === 58) colon = true
        effects.consume(code)
        return name
      }
      if (!colon) return nok(code)
      if (isSpace(code) || markdownLineEnding(code)) return space(attributes)(code)
      return closeOrEnd(code)
    }
    const nameStart: State = (code) => {
      if (code === 47 && !closing) {
        closing = true
        effects.consume(code)
        return nameStart
      }
      if (!isAlpha(code)) return nok(code)
      effects.consume(code)
      return name
    }
    return (code) => {
      effects.enter('htmlText')
      effects.enter('htmlTextData')
      effects.consume(code)
      return nameStart
    }
  },
}

const kramdownHtmlFlow = refusing(htmlFlow, 'kramdownHtmlFlow', true)
const kramdownHtmlText = refusing(htmlText, 'kramdownHtmlText', false)

/** Remark plugin for `.md`: where raw HTML starts, as kramdown reads it. */
export default function remarkKramdownHtmlStarts(this: Processor) {
  const extension: Extension = {
    disable: { null: ['htmlFlow', 'htmlText'] },
    flow: { 60: kramdownHtmlFlow },
    text: { 60: [xmlTagText, kramdownHtmlText] },
  }
  const data = this.data() as { micromarkExtensions?: Extension[] }
  ;(data.micromarkExtensions ??= []).push(extension)
}
