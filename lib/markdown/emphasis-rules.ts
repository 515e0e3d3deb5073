/**
 * kramdown's rules for pairing `*` and `_` markers (its emphasis parser), on a text whose markers
 * are known; emphasis-pairing.ts applies them in micromark. kramdown reads a line from left to
 * right: a marker (`**` or `__` for strong, else one character for emphasis) opens an element unless a space follows it, it is a `_` after a letter (or after a letter and a
 * `-`), or an element of its kind is already open. The element then takes the text after it up to
 * the first closing marker that fits: no space before it; for an emphasis, not the start of a
 * double marker (`**` not followed by a third); for `_`, no letter or digit after it; and some
 * content before it. Markers met on the way open elements of their own the same way. If nothing
 * closes a strong element, its first character is tried as an emphasis opener instead (unless
 * the element it sits in is an emphasis); if nothing closes an element, its marker is text and
 * reading goes on after it.
 *
 * The markers inside code spans, links, HTML and the like are not markers here (in kramdown,
 * those span parsers take their text first).
 */

export type Kind = 'emphasis' | 'strong'

export interface Pair {
  kind: Kind
  /** Where the opening and closing markers start in the text, and their lengths. */
  open: number
  openLength: number
  close: number
  closeLength: number
  children: Pair[]
}

interface Context {
  inEmphasis: boolean
  inStrong: boolean
  /** The element the markers are read in. */
  parent: Kind | undefined
}

/** The text's characters as kramdown tests them (Ruby's `\s` is ASCII white space only). */
const isSpace = (c: string | undefined) => c !== undefined && /[ \t\n\r\f\v]/.test(c)
const isLetter = (c: string | undefined) => c !== undefined && /\p{Alphabetic}/u.test(c)
const isLetterOrDigit = (c: string | undefined) =>
  c !== undefined && /[\p{Alphabetic}\p{Nd}]/u.test(c)

interface Stop {
  delimiter: string
  kind: Kind
}

/**
 * The pairs kramdown makes in `text`, whose marker characters are at the offsets `marker` says.
 *
 * kramdown tries each opener and reads on until a closer fits, which on a line of many markers
 * that never close is quadratic. Here the reading is a chain: in a given context, from each
 * marker it goes on to the first marker after what that marker opened (or after the marker, as
 * text), whatever the reading started from. So each marker's opening, and the first closer of
 * each kind along the chain from each marker, are found once per context.
 */
export function pairMarkers(text: string, marker: (at: number) => boolean): Pair[] {
  const next = new Int32Array(text.length + 1)
  next[text.length] = -1
  for (let i = text.length - 1; i >= 0; i--) next[i] = marker(i) ? i : next[i + 1]!
  const opened = new Map<number, { end: number; pair?: Pair }>()
  const closers = new Map<number, Map<number, number>>()
  const contextKey = (c: Context) =>
    +c.inEmphasis * 4 + +c.inStrong * 2 + (c.parent === 'emphasis' ? 8 : c.parent ? 16 : 0)

  /** Whether `stop` may close at `at` (given some content before it). */
  const canClose = (at: number, stop: Stop) => {
    const d = stop.delimiter
    if (!text.startsWith(d, at) || (d.length === 2 && !marker(at + 1))) return false
    if (isSpace(text[at - 1])) return false
    const c = d[0]
    if (stop.kind === 'emphasis' && text[at + 1] === c && text[at + 2] !== c) return false
    return !(c === '_' && isLetterOrDigit(text[at + d.length]))
  }

  /** What the marker at `at` opens in `context`, and where reading goes on after it. */
  const open = (at: number, context: Context): { end: number; pair?: Pair } => {
    const key = at * 32 + contextKey(context)
    let result = opened.get(key)
    if (!result) opened.set(key, (result = tryOpen(at, context)))
    return result
  }
  const after = (at: number, context: Context) => next[open(at, context).end]!

  /** The first marker on the chain from `from` at which `stop` closes, or -1. */
  const closerFrom = (from: number, context: Context, stop: Stop): number => {
    const id = contextKey(context) * 8 + (stop.delimiter[0] === '_' ? 2 : 0) + stop.delimiter.length
    let known = closers.get(id)
    if (!known) closers.set(id, (known = new Map()))
    const passed: number[] = []
    let found = -1
    for (let at = from; at >= 0; at = after(at, context)) {
      const k = known.get(at)
      if (k !== undefined) {
        found = k
        break
      }
      if (canClose(at, stop)) {
        found = at
        break
      }
      passed.push(at)
    }
    for (const at of passed) known.set(at, found)
    if (found >= 0) known.set(found, found)
    return found
  }

  /** Reads from `start` until `stop` closes (or the end), collecting the pairs opened on the way. */
  const read = (
    start: number,
    context: Context,
    stop?: Stop,
  ): { closed: number; pairs: Pair[] } => {
    const first = next[start]!
    // A closer needs some content before it: not at `start` itself.
    const from = first === start ? after(first, context) : first
    const closed = stop && first >= 0 ? (from >= 0 ? closerFrom(from, context, stop) : -1) : -1
    if (stop && closed < 0) return { closed, pairs: [] }
    const pairs: Pair[] = []
    for (let at = first; at >= 0 && at !== closed; at = after(at, context)) {
      const found = open(at, context)
      if (found.pair) pairs.push(found.pair)
    }
    return { closed, pairs }
  }

  const tryOpen = (at: number, context: Context): { end: number; pair?: Pair } => {
    const c = text[at]!
    const length = text[at + 1] === c && marker(at + 1) ? 2 : 1
    const kind: Kind = length === 2 ? 'strong' : 'emphasis'
    const asText = { end: at + length }
    const afterLetter = isLetter(text[at - 1]) || (text[at - 1] === '-' && isLetter(text[at - 2]))
    if ((c === '_' && afterLetter) || isSpace(text[at + length])) return asText
    if (kind === 'emphasis' ? context.inEmphasis : context.inStrong) return asText
    const inside = (k: Kind): Context => ({
      inEmphasis: context.inEmphasis || k === 'emphasis',
      inStrong: context.inStrong || k === 'strong',
      parent: k,
    })
    const attempt = (from: number, k: Kind, delimiter: string): Pair | undefined => {
      const { closed, pairs } = read(from, inside(k), { delimiter, kind: k })
      if (closed < 0) return undefined
      const openLength = from - at
      return {
        kind: k,
        open: at,
        openLength,
        close: closed,
        closeLength: delimiter.length,
        children: pairs,
      }
    }
    let pair = attempt(at + length, kind, c.repeat(length))
    if (!pair && kind === 'strong' && context.parent !== 'emphasis')
      pair = attempt(at + 1, 'emphasis', c)
    return pair ? { end: pair.close + pair.closeLength, pair } : asText
  }

  return read(0, { inEmphasis: false, inStrong: false, parent: undefined }).pairs
}
