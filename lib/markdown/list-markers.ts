import { list } from 'micromark-core-commonmark'
import type { Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types'
import type { Processor } from 'unified'

/**
 * kramdown numbers a list only with `1.`: `1)` at the start of a line is text (kramdown's
 * LIST_START_OL), so a wrapped sentence such as "and 2) the second approach" does not become a
 * list. This is CommonMark's list construct with the `)` delimiter refused.
 */
const kramdownList: Construct = {
  ...list,
  name: 'kramdownList',
  tokenize(this: TokenizeContext, effects, ok, nok) {
    let inValue = false
    let done = false
    const own: Effects = {
      ...effects,
      enter(type, fields) {
        if (type === 'listItemValue') inValue = true
        return effects.enter(type, fields)
      },
      exit(type) {
        if (type === 'listItemValue') inValue = false
        return effects.exit(type)
      },
    }
    const finish =
      (next: State): State =>
      (code) => {
        done = true
        return next(code)
      }
    // Each state of the list's prefix sees the code first; the parser's own states after it do not.
    const wrap =
      (state: State): State =>
      (code) => {
        if (inValue && code === 41) return nok(code)
        const next = state(code)
        return done || typeof next !== 'function' ? next : wrap(next)
      }
    return wrap(list.tokenize.call(this, own, finish(ok), finish(nok)))
  },
}

/** Remark plugin for `.md`: list items open only with `*`, `+`, `-` or `1.` (kramdown). */
export default function remarkKramdownListMarkers(this: Processor) {
  const document: Record<number, Construct> = {}
  for (const code of [42, 43, 45, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57])
    document[code] = kramdownList
  const extension: Extension = { disable: { null: ['list'] }, document }
  const data = this.data() as { micromarkExtensions?: Extension[] }
  ;(data.micromarkExtensions ??= []).push(extension)
}
