import type { Nodes as HastNodes, Root as HastRoot } from 'hast'
import type { VFile } from 'vfile'

/** 1-based line and column of a character offset in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/**
 * Rehype plugin: every point gets its character offset. Nodes built from line numbers alone
 * (kramdown's block regions) lack one, and hast-util-raw asserts on it under the `development`
 * export condition, which `next dev` uses: without this, such a page was a 500 on the
 * development server while the production build was fine.
 */
export function rehypePointOffsets() {
  return (tree: HastRoot, file: VFile) => {
    const text = String(file.value)
    const lineStarts = [0, 0]
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
    const fill = (point: { line: number; column: number; offset?: number }) => {
      if (typeof point.offset === 'number') return
      const start = lineStarts[Math.min(point.line, lineStarts.length - 1)] ?? 0
      point.offset = Math.min(start + point.column - 1, text.length)
    }
    const stack: HastNodes[] = [tree]
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.position) {
        fill(node.position.start)
        fill(node.position.end)
      }
      if ('children' in node) stack.push(...node.children)
    }
  }
}
