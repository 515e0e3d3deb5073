/**
 * The 1-based line and column of an offset of `text` (offsets count UTF-16 units, as `slice`
 * does; lines end at `\n`, as parse5 and jsonc-parser count them).
 */
export function positionIn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    // The last line that starts at or before `offset`.
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 }
  }
}
