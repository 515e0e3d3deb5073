/**
 * The end tag matching a block element's start tag, for kramdown's block scan (blocks.ts), found
 * for every element of a tag at once. Reading ahead from each start tag, as the scan did, costs a
 * pass over the rest of the document per element: 20,000 nested `<div markdown="1">`s took half
 * a minute there. This pairs the tags of one name in one pass (the first end tag that brings the
 * count back to zero, as the scan counted) and answers from the pairs. The scan empties the lines
 * of the end tags it has used; a pair across such a line is found by reading ahead, as before.
 */

type Tag = { line: number; column: number; end: number; close: boolean }

export function endTagFinder(lines: string[]) {
  const byName = new Map<string, { tags: Tag[]; pair: Int32Array; index: Map<number, number> }>()
  // Lines emptied after the tags were paired, as a min-heap: the scan only moves forward, so the
  // lines behind it are dropped from the top.
  const emptied: number[] = []
  const push = (v: number) => {
    let i = emptied.push(v) - 1
    while (i > 0 && emptied[(i - 1) >> 1]! > v) {
      emptied[i] = emptied[(i - 1) >> 1]!
      i = (i - 1) >> 1
    }
    emptied[i] = v
  }
  const pop = () => {
    const last = emptied.pop()!
    if (!emptied.length) return
    let i = 0
    for (;;) {
      let c = 2 * i + 1
      if (c >= emptied.length) break
      if (c + 1 < emptied.length && emptied[c + 1]! < emptied[c]!) c++
      if (emptied[c]! >= last) break
      emptied[i] = emptied[c]!
      i = c
    }
    emptied[i] = last
  }

  function pairsOf(tag: string) {
    let found = byName.get(tag)
    if (found) return found
    const re = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi')
    const tags: Tag[] = []
    const index = new Map<number, number>()
    for (let l = 0; l < lines.length; l++) {
      re.lastIndex = 0
      for (let m = re.exec(lines[l]!); m; m = re.exec(lines[l]!)) {
        if (m[0].endsWith('/>')) continue
        if (!index.has(l)) index.set(l, tags.length)
        tags.push({ line: l, column: m.index, end: re.lastIndex, close: !!m[1] })
      }
    }
    const pair = new Int32Array(tags.length).fill(-1)
    const open: number[] = []
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i]!
      if (!t.close) open.push(i)
      else if (open.length) pair[open.pop()!] = i
    }
    found = { tags, pair, index }
    byName.set(tag, found)
    return found
  }

  return {
    /** As reading ahead from `after` on `line` would find it; line -1 if there is none. */
    find(line: number, tag: string, after: number, slow: () => { line: number; column: number }) {
      const { tags, pair, index } = pairsOf(tag)
      const first = index.get(line)
      const start = first === undefined ? undefined : tags[first]
      const next = first === undefined ? undefined : tags[first + 1]
      // The start tag must be the line's first, and what follows it read the same from `after`.
      if (
        !start ||
        start.close ||
        start.end > after ||
        (next && next.line === line && next.column < after)
      )
        return slow()
      const match = pair[first!]!
      const endLine = match < 0 ? lines.length : tags[match]!.line
      // (A line the scan rewrote is read again: its own tags may have changed too.)
      while (emptied.length && emptied[0]! < line) pop()
      if (emptied.length && emptied[0]! <= endLine) return slow()
      return match < 0 ? { line: -1, column: -1 } : { line: endLine, column: tags[match]!.column }
    },
    /** Whether the end tag of `tag` at `line` and `column` closes no start tag before it. */
    unpaired(line: number, column: number, tag: string): boolean {
      const { tags, pair, index } = pairsOf(tag)
      const first = index.get(line)
      if (first === undefined) return false
      let at = -1
      for (let i = first; i < tags.length && tags[i]!.line === line; i++)
        if (tags[i]!.column === column && tags[i]!.close) at = i
      return at >= 0 && !pair.includes(at)
    },
    /** The scan emptied `line`. */
    emptied(line: number) {
      if (byName.size) push(line)
    },
  }
}
