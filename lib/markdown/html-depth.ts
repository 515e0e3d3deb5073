import type { Html, Root } from 'mdast'
import type { Node, Parent } from 'unist'
import type { VFile } from 'vfile'
import { MAX_HTML_DEPTH } from '@/lib/content/limits'

const VOID = new Set(
  'area base br col embed hr img input keygen link meta param source track wbr'.split(' '),
)
// Elements whose end tag may be left out: the HTML parser closes them itself, so they do not nest.
const OPTIONAL_END = new Set(
  'body caption colgroup dd dt head html li optgroup option p rb rp rt rtc tbody td tfoot th thead tr'.split(
    ' ',
  ),
)
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp'])
const TAG = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][\w-]*)[^>]*?(\/?)>/g

/**
 * Remark plugin: raw HTML nested deeper than MAX_HTML_DEPTH is a content error at the element
 * that crosses the limit, and the body is dropped before the HTML parser and the tree walks see
 * it. The depth is counted over the raw HTML in document order, as the HTML parser nests it: an
 * end tag closes the elements opened since its start tag, void and self-closing elements and
 * those with optional end tags do not nest, and comments and script text are skipped.
 */
export default function remarkHtmlDepth() {
  return (tree: Root, file: VFile) => {
    const found = deepest(tree)
    if (!found) return
    file.message(
      `<${found.tag}> is nested ${MAX_HTML_DEPTH + 1} HTML elements deep (expected at most ${MAX_HTML_DEPTH}, the depth browsers build: the page is not rendered)`,
      { line: found.line, column: found.column },
    ).fatal = true
    tree.children = []
  }
}

type Place = { line: number; column: number; tag: string }

/**
 * The first element past the limit, in document order. The walk keeps its own stack (a
 * recursive one would overflow on the very trees it looks for): kramdown's `markdown="1"`
 * elements nest as nodes, raw HTML as tags in the text of `html` nodes.
 */
function deepest(tree: Root): Place | undefined {
  const open: string[] = []
  const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }]
  while (stack.length) {
    const { node, depth } = stack.pop()!
    const start = node.position?.start ?? { line: 1, column: 1 }
    if (node.type === 'html') {
      const found = rawTags((node as Html).value, open, depth, start)
      if (found) return found
    }
    let inner = depth
    if (node.type === 'kramdownElement') {
      inner += 1
      if (inner + open.length > MAX_HTML_DEPTH) {
        const tag = (node.data as { hName?: string } | undefined)?.hName ?? 'div'
        return { tag, line: start.line, column: start.column }
      }
    }
    const children = (node as Partial<Parent>).children ?? []
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: inner })
  }
  return undefined
}

/** Follows the tags in one `html` node's text, on the stack of open raw elements. */
function rawTags(
  value: string,
  open: string[],
  depth: number,
  start: { line: number; column: number },
): Place | undefined {
  TAG.lastIndex = 0
  for (let m = TAG.exec(value); m; m = TAG.exec(value)) {
    const [, close, name, selfClosing] = m
    if (!name) continue
    const tag = name.toLowerCase()
    if (close) {
      const at = open.lastIndexOf(tag)
      if (at >= 0) open.length = at
      continue
    }
    if (RAW_TEXT.has(tag)) {
      const end = value.toLowerCase().indexOf(`</${tag}`, TAG.lastIndex)
      TAG.lastIndex = end < 0 ? value.length : end
      continue
    }
    if (selfClosing || VOID.has(tag) || OPTIONAL_END.has(tag)) continue
    open.push(tag)
    if (depth + open.length > MAX_HTML_DEPTH) {
      const lines = value.slice(0, m.index).split('\n')
      return {
        tag,
        line: start.line + lines.length - 1,
        column: lines.length > 1 ? lines.at(-1)!.length + 1 : start.column + m.index,
      }
    }
  }
  return undefined
}
