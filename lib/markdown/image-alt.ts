import type { Image, ImageReference, Root } from 'mdast'
import type { VFile } from 'vfile'
import { visit } from './visit'

/**
 * Remark plugin: an image's alt text as kramdown writes it, the text between `![` and its `]`
 * as written, less backslash escapes (`![a *b* ![c](d.png)](e.png)` has the alt `a *b*
 * ![c](d.png)`), where CommonMark keeps only the plain text of the Markdown inside (`a b c`).
 */
export default function remarkKramdownImageAlt() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value)
    visit(tree, ['image', 'imageReference'], (node) => {
      const image = node as Image | ImageReference
      const start = image.position?.start.offset
      const end = image.position?.end.offset
      if (start === undefined || end === undefined || !source.startsWith('![', start)) return
      const close = closingBracket(source, start + 2, end)
      if (close < 0) return
      image.alt = source
        .slice(start + 2, close)
        .replace(/\n[ \t]*/g, '\n')
        .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    })
  }
}

/** The `]` that closes the `[` before `from` (nested brackets and escapes counted), or -1. */
function closingBracket(source: string, from: number, end: number): number {
  let depth = 0
  for (let i = from; i < end; i++) {
    const ch = source[i]
    if (ch === '\\') i++
    else if (ch === '[') depth++
    else if (ch === ']' && depth-- === 0) return i
  }
  return -1
}
