import { EditMap } from 'micromark-util-edit-map'
import type { Event } from 'micromark-util-types'

/**
 * micromark applies its batched edits (`EditMap.consume`) by copying the whole event list, and
 * its document tokenizer does so each time a list or block quote closes, with the events of the
 * whole document so far: a 5 MB post with tens of thousands of lists spent most of its minutes
 * there. The edits always lie near the end, so this applies them by rebuilding only the events
 * from the first edit on. The result is the same list, in place (micromark 4's algorithm: edits
 * sorted by index, each removing its count and inserting its events; the events between two
 * edits kept). Imported by the Markdown and MDX pipelines before they parse anything.
 */
type Change = [at: number, remove: number, add: Event[]]

const proto = EditMap.prototype as unknown as {
  consume(events: Event[]): void
  map: Change[]
  index: Map<number, Change>
}

proto.consume = function consume(this: typeof proto, events: Event[]): void {
  const map = this.map
  if (map.length === 0) return
  map.sort((a, b) => a[0] - b[0])
  const start = map[0]![0]
  const tail: Event[] = []
  for (let i = 0; i < map.length; i++) {
    const [at, remove, add] = map[i]!
    for (const event of add) tail.push(event)
    const end = i + 1 < map.length ? map[i + 1]![0] : events.length
    for (let j = at + remove; j < end; j++) tail.push(events[j]!)
  }
  events.length = start
  for (const event of tail) events.push(event)
  map.length = 0
  this.index.clear()
}
