import { blockQuote } from 'micromark-core-commonmark'
import { asciiAlphanumeric, markdownLineEnding, markdownSpace } from 'micromark-util-character'
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types'
import type { Processor } from 'unified'
import { SPAN_ELEMENTS } from './html-holes'

/**
 * kramdown's block quotes take every line up to a blank line, with or without its `>`: a line
 * under a quote's line is the quote's, whatever it holds (`> quote⏎### heading` puts the heading
 * in the quote; CommonMark keeps only a paragraph's lazy continuation lines in it, and ends the
 * quote at a heading, a rule or a list item). As kramdown, a quote still ends before a blank
 * line, an attribute list line (`{: .cls}`), an end-of-block `^` and a line that starts or ends
 * an HTML block element (any element but kramdown's span elements and `script`).
 */

const LESS_THAN = 60
const GREATER_THAN = 62
const LEFT_BRACE = 123
const COLON = 58
const SLASH = 47
const BANG = 33

/** The end-of-block line as blocks.ts leaves it for the parser. */
const END_OF_BLOCK = '<!--^-->'

/** Succeeds on a line that a kramdown quote takes without its `>` (consumes it; used as a check). */
function tokenizeLazyLine(
  this: TokenizeContext,
  effects: Parameters<Construct['tokenize']>[0],
  ok: State,
  nok: State,
): State {
  let name = ''
  let closing = false
  let marker = 0
  const start: State = (code) => {
    if (markdownSpace(code)) {
      effects.consume(code)
      return start
    }
    if (code === null || markdownLineEnding(code)) return nok(code)
    if (code === LEFT_BRACE) {
      effects.consume(code)
      return ial
    }
    if (code === LESS_THAN) {
      effects.consume(code)
      return tag
    }
    return ok(code)
  }
  // `{:` not followed by `:` or `/` starts an attribute list.
  const ial: State = (code) => {
    if (code !== COLON) return ok(code)
    effects.consume(code)
    return (after) => (after === COLON || after === SLASH ? ok(after) : nok(after))
  }
  const tag: State = (code) => {
    if (code === BANG) {
      effects.consume(code)
      marker = 2
      return endOfBlock
    }
    if (code === SLASH && !closing) {
      closing = true
      effects.consume(code)
      return tag
    }
    return tagName(code)
  }
  // `<!--^-->`, alone on its line.
  const endOfBlock: State = (code) => {
    if (marker < END_OF_BLOCK.length) {
      if (code !== END_OF_BLOCK.charCodeAt(marker)) return ok(code)
      marker++
      effects.consume(code)
      return endOfBlock
    }
    if (markdownSpace(code)) {
      effects.consume(code)
      return endOfBlock
    }
    return code === null || markdownLineEnding(code) ? nok(code) : ok(code)
  }
  const tagName: State = (code) => {
    if (code !== null && (asciiAlphanumeric(code) || code === 95)) {
      name += String.fromCharCode(code)
      effects.consume(code)
      return tagName
    }
    if (!name || !/^[A-Za-z_]/.test(name)) return ok(code)
    if (SPAN_ELEMENTS.has(name.toLowerCase()) || name.toLowerCase() === 'script') return ok(code)
    return closing ? closingEnd(code) : nok(code)
  }
  // An end tag ends the quote when `>` follows its name (white space between).
  const closingEnd: State = (code) => {
    if (code === GREATER_THAN) return nok(code)
    if (!markdownSpace(code)) return ok(code)
    effects.consume(code)
    return closingEnd
  }
  return start
}

const lazyLine: Construct = { tokenize: tokenizeLazyLine, partial: true }
const quoteContinuation: Construct = { ...blockQuote.continuation!, partial: true }

const kramdownBlockQuote: Construct = {
  ...blockQuote,
  name: 'kramdownBlockQuote',
  continuation: {
    tokenize(this: TokenizeContext, effects, ok, nok) {
      return (code) =>
        effects.attempt(quoteContinuation, ok, (after) => effects.check(lazyLine, ok, nok)(after))(
          code,
        )
    },
  },
}

// Tried before CommonMark's quote, which it replaces (disabling that by name would disable the
// quote's own continuation, which tries it).
export const kramdownLazyQuoteSyntax: Extension = {
  document: { [GREATER_THAN]: kramdownBlockQuote },
}

/** Remark plugin for `.md`: kramdown's quotes take the lines under them up to a blank line. */
export default function remarkKramdownLazyQuotes(this: Processor) {
  ;(this.data().micromarkExtensions ??= []).push(kramdownLazyQuoteSyntax)
}
