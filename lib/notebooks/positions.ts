import type { Node } from 'jsonc-parser'
import type { Position } from './parse'

/**
 * Maps a line and column in a cell's text (as Markdown or YAML reports them) back to the `.ipynb`
 * file, where the text is a JSON string or a list of them, with escapes (`\n`, `\"`, `\u00e9`).
 */
export function cellPositions(
  text: string,
  source: Node | undefined,
  at: (offset: number) => Position,
): (line: number, column: number) => Position {
  const strings = !source
    ? []
    : source.type === 'string'
      ? [source]
      : (source.children ?? []).filter((n) => n.type === 'string')
  const fallback = source ? at(source.offset) : { line: 1, column: 1 }
  return (line, column) => {
    // The character's index in the decoded text.
    let index = 0
    const lines = String(strings.map((s) => s.value as string).join('')).split('\n')
    for (let l = 0; l < line - 1 && l < lines.length; l++) index += lines[l]!.length + 1
    index += column - 1
    for (const s of strings) {
      const value = s.value as string
      if (index > value.length || (index === value.length && s !== strings.at(-1))) {
        index -= value.length
        continue
      }
      // Walk the raw string (after its opening quote), one decoded character at a time.
      let raw = s.offset + 1
      for (let i = 0; i < index; i++) raw += text[raw] !== '\\' ? 1 : text[raw + 1] === 'u' ? 6 : 2
      return at(raw)
    }
    return fallback
  }
}
