import type {
  Construct,
  Event,
  Extension,
  Point,
  Resolver,
  State,
  Token,
  TokenizeContext,
  Tokenizer,
} from 'micromark-util-types'
import { pairMarkers, type Pair } from './emphasis-rules'

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    kramdownAttentionSequence: 'kramdownAttentionSequence'
  }
}

/**
 * micromark's emphasis (`attention`) with kramdown's pairing of `*` and `_` (emphasis-rules.ts) in
 * place of CommonMark's delimiter runs. The runs of markers are tokenized as micromark's are; at
 * the end of a text, the resolver reads the text with its other spans (code, links, HTML, ...)
 * already tokenized, pairs the markers, and writes the events micromark's own emphasis writes.
 * A link's text is resolved on its own, before the text around it.
 */

/** A point `by` characters on within its chunk (`_bufferIndex` -1 is the chunk's start). */
function movedPoint(point: Point, by: number): Point {
  return {
    ...point,
    column: point.column + by,
    offset: point.offset + by,
    _bufferIndex: Math.max(point._bufferIndex, 0) + by,
  }
}

interface Item {
  /** Where it starts and ends in the text. */
  from: number
  to: number
  /** A run of markers, or any other span with its events. */
  sequence?: Token
  events?: Event[]
}

const resolveKramdownAttention: Resolver = (events, context) => {
  if (!events.some((e) => e[1].type === 'kramdownAttentionSequence')) return events
  // The top-level spans, and the text they are written as.
  const items: Item[] = []
  let text = ''
  for (let i = 0; i < events.length; i++) {
    const [, token] = events[i]!
    let j = i
    for (let depth = 0; ; j++) {
      depth += events[j]![0] === 'enter' ? 1 : -1
      if (depth === 0) break
    }
    const source = context.sliceSerialize(token)
    const item: Item = { from: text.length, to: text.length + source.length }
    if (token.type === 'kramdownAttentionSequence') item.sequence = token
    else item.events = events.slice(i, j + 1)
    items.push(item)
    text += source
    i = j
  }
  const markerAt = new Uint8Array(text.length + 1)
  for (const item of items) if (item.sequence) markerAt.fill(1, item.from, item.to)
  const pairs = pairMarkers(text, (at) => markerAt[at] === 1)

  // The other span resolvers (GFM's strikethrough) run on each pair's content first, as with
  // micromark's own emphasis, so their pairs never cross these.
  const others = new Set<Resolver>()
  for (const c of context.parser.constructs.insideSpan.null ?? [])
    if (c.resolveAll && c.resolveAll !== resolveKramdownAttention) others.add(c.resolveAll)
  const resolveOthers = (inner: Event[]) => {
    for (const resolve of others) inner = resolve(inner, context)
    return inner
  }
  let itemIndex = 0
  let at = 0
  // Only marker runs are cut, so every point asked for is in one (found by binary search).
  const runs = items.filter((it) => it.sequence)
  const pointAt = (offset: number): Point => {
    let [lo, hi] = [0, runs.length - 1]
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if (runs[mid]!.from <= offset) lo = mid
      else hi = mid - 1
    }
    const run = runs[lo]!
    return movedPoint(run.sequence!.start, offset - run.from)
  }
  const token = (type: Token['type'], from: number, to: number): Token => ({
    type,
    start: pointAt(from),
    end: pointAt(to),
  })
  const span = (t: Token): Event[] => [
    ['enter', t, context],
    ['exit', t, context],
  ]
  const append = (out: Event[], list: Event[]) => {
    for (const event of list) out.push(event)
  }
  // The events again, with each pair's markers, the text between them and the unpaired markers
  // (text) as tokens; the other spans as they were.
  const build = (end: number, inner: Pair[]): Event[] => {
    const out: Event[] = []
    let p = 0
    while (at < end) {
      while (items[itemIndex]!.to <= at) itemIndex++
      const item = items[itemIndex]!
      const pair = inner[p]
      if (pair && pair.open === at) {
        p++
        const k = pair.kind
        const group = token(k, pair.open, pair.close + pair.closeLength)
        const body = token(
          k === 'strong' ? 'strongText' : 'emphasisText',
          pair.open + pair.openLength,
          pair.close,
        )
        const sequence = k === 'strong' ? 'strongSequence' : 'emphasisSequence'
        const opening = token(sequence, pair.open, pair.open + pair.openLength)
        const closing = token(sequence, pair.close, pair.close + pair.closeLength)
        at = pair.open + pair.openLength
        const content = resolveOthers(build(pair.close, pair.children))
        out.push(['enter', group, context], ...span(opening))
        out.push(['enter', body, context])
        append(out, content)
        out.push(['exit', body, context])
        out.push(...span(closing), ['exit', group, context])
        at = pair.close + pair.closeLength
        continue
      }
      if (item.events) {
        append(out, item.events)
        at = item.to
        continue
      }
      const to = Math.min(item.to, end, pair ? pair.open : item.to)
      out.push(...span(token('data', at, to)))
      at = to
    }
    return out
  }
  // In place: micromark keeps a reference to a text's event list while it resolves it.
  const built = build(text.length, pairs)
  events.length = 0
  for (const event of built) events.push(event)
  return events
}

const tokenizeAttention: Tokenizer = function (this: TokenizeContext, effects, ok) {
  let marker: number
  const inside: State = (code) => {
    if (code === marker) {
      effects.consume(code)
      return inside
    }
    effects.exit('kramdownAttentionSequence')
    return ok(code)
  }
  return (code) => {
    marker = code!
    effects.enter('kramdownAttentionSequence')
    return inside(code)
  }
}

const kramdownAttention: Construct = {
  name: 'kramdownAttention',
  tokenize: tokenizeAttention,
  resolveAll: resolveKramdownAttention,
}

/** micromark extension: `*` and `_` paired as kramdown pairs them (CommonMark's `attention` off). */
export const kramdownEmphasisSyntax: Extension = {
  text: { 42: kramdownAttention, 95: kramdownAttention },
  insideSpan: { null: [kramdownAttention] },
  disable: { null: ['attention'] },
}
