import type { Code, Root } from 'mdast'
import type { VFile } from 'vfile'
import { visit } from './visit'

/**
 * Remark plugin: kramdown ends an indented code block at its last line with text; micromark
 * keeps a whitespace-only line before the next paragraph (`    code⏎       ⏎Text`) as a line of
 * code. A fenced block keeps its trailing lines in both.
 */
export default function remarkIndentedCodeEnd() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value)
    visit(tree, 'code', (node: Code) => {
      const start = node.position?.start.offset
      if (start === undefined || /^[ \t]*(?:`{3}|~{3})/.test(source.slice(start, start + 64)))
        return
      node.value = withoutBlankEnd(node.value)
    })
  }
}

/** `value` without its trailing whitespace-only lines (a scan from the end: linear). */
function withoutBlankEnd(value: string): string {
  let cut = value.length
  for (let i = value.length - 1; i >= 0; i--) {
    const c = value[i]
    if (c === '\n') cut = i
    else if (c !== ' ' && c !== '\t') break
  }
  return value.slice(0, cut)
}
