import type { Html, Root } from 'mdast'
import { parseAttributeList } from './kramdown'
import { visit } from './visit'

/**
 * kramdown's span extensions, inside a line of text: `{::comment}…{:/}` becomes an HTML comment,
 * `{::nomarkdown}…{:/}` is output as written (not Markdown), `{::options key="value" /}` sets
 * options and is not output. Before the Markdown parser runs, each becomes an inline HTML
 * placeholder (`<!--kd:N-->`) that CommonMark leaves alone; `remarkSpanExtensions` puts the
 * output in its place. An extension without its end marker stays text, as in kramdown. The line
 * keeps its line number; only columns after an extension move.
 */

const START = /\{::(comment|nomarkdown|options)((?:\s(?:\\\}|[^}])*?)?)(\/)?\}/g
const PLACEHOLDER = /<!--kd:(\d+)-->/g

export interface SpanExtensions {
  /** The output of each placeholder, by its number. */
  raw: string[]
  /** Option values set inline. */
  options: Record<string, string>
}

/** Inside a code span: an odd number of backtick runs before `index` on the line. */
function inCode(line: string, index: number): boolean {
  return (line.slice(0, index).match(/`+/g)?.length ?? 0) % 2 === 1
}

/** `line` with its span extensions replaced by placeholders recorded in `found`. */
export function rewriteSpanExtensions(line: string, found: SpanExtensions): string {
  if (!line.includes('{::')) return line
  let out = ''
  let from = 0
  START.lastIndex = 0
  for (let m = START.exec(line); m; m = START.exec(line)) {
    const [whole, name, attrs, selfClosing] = m
    if (m.index < from || inCode(line, m.index)) continue
    let end = m.index + whole.length
    let value = ''
    if (!selfClosing) {
      const close = new RegExp(`\\{:/(${name})?\\}`, 'g')
      close.lastIndex = end
      const c = close.exec(line)
      if (!c) continue
      value = line.slice(end, c.index)
      end = c.index + c[0].length
    }
    let output = ''
    if (name === 'comment') output = selfClosing ? '' : `<!-- ${value} -->`
    else if (name === 'nomarkdown') {
      const type = /type=["']?(\w+)/.exec(attrs ?? '')?.[1]
      output = type && type !== 'html' ? '' : value
    } else Object.assign(found.options, parseAttributeList((attrs ?? '').trim())?.other ?? {})
    out += line.slice(from, m.index) + `<!--kd:${found.raw.length}-->`
    found.raw.push(output)
    from = end
    START.lastIndex = end
  }
  return out + line.slice(from)
}

/** Remark plugin: the placeholders' output in their place. */
export function remarkSpanExtensions(found: SpanExtensions) {
  return (tree: Root) => {
    if (!found.raw.length) return
    // A placeholder at a line's start opens an HTML block, which holds the rest of the line.
    visit(tree, 'html', (node: Html) => {
      node.value = node.value.replace(PLACEHOLDER, (_, n: string) => found.raw[Number(n)] ?? '')
    })
  }
}
