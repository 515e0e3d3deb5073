import type { Element, ElementContent } from 'hast'
import type { List, ListItem, Parent, Parents, Root } from 'mdast'
import { defaultHandlers, type Handler, type State } from 'mdast-util-to-hast'
import type { VFile } from 'vfile'
import { END_OF_BLOCK } from './blocks'
import { visit } from './visit'

/**
 * kramdown's list rules where they differ from CommonMark's (kramdown/parser/kramdown/list.rb):
 *
 * - a change of bullet (`*`, `+`, `-`) or of number style does not start a new list, and a blank
 *   line between two items of the same kind never does;
 * - whether an item's text is a paragraph is decided per item, not per list: the first
 *   paragraph is bare text unless a blank line follows it inside the item; the last item is a
 *   paragraph when every item before it is one.
 * - a definition's (`: text`) first paragraph is bare text unless a blank line is right above its
 *   `:` line; its other paragraphs are always paragraphs.
 */

declare module 'mdast' {
  interface ListItemData {
    /** kramdown: whether the item's first paragraph is written without `<p>` (lists.ts). */
    kramdownBare?: boolean
  }
}

const lineOf = (
  n: { position?: { start: { line: number }; end: { line: number } } } | undefined,
  side: 'start' | 'end',
) => n?.position?.[side].line ?? 0

/** Remark plugin: kramdown's list rules, above. */
export default function remarkKramdownLists() {
  return (tree: Root, file: VFile) => {
    const lines = String(file.value).split('\n')
    const blankBetween = (a: List, b: List) =>
      lines.slice(lineOf(a, 'end'), lineOf(b, 'start') - 1).every((l) => /^\s*$/.test(l))
    visit(tree, (node) => {
      const parent = node as Partial<Parent>
      if (!parent.children) return
      // Lists of one kind with only blank lines between them are one list.
      for (let i = parent.children.length - 1; i > 0; i--) {
        const a = parent.children[i - 1]
        const b = parent.children[i]
        if (a?.type !== 'list' || b?.type !== 'list' || a.ordered !== b.ordered) continue
        if (!blankBetween(a, b)) continue
        a.children.push(...b.children)
        // An attribute list under the last item was given to the part it ended (kramdown.ts).
        const props = (b.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties
        if (props) a.data = { ...a.data, hProperties: mergeProps(a, props) } as List['data']
        if (a.position && b.position) a.position.end = b.position.end
        parent.children.splice(i, 1)
      }
    })
    visit(tree, 'list', (list: List) => bareParagraphs(list, lines))
    visit(tree, (node) => {
      if (node.type !== 'defListDescription') return
      const line = lineOf(node, 'start')
      const data = (node.data ??= {}) as { kramdownBare?: boolean }
      data.kramdownBare = line > 1 && !/^\s*$/.test(lines[line - 2] ?? '')
    })
  }
}

/**
 * Whether the first line from `from` (0-based) on that is not blank is kramdown's end-of-block
 * marker. Read in place: a copy of the rest of the document per list is quadratic in a big one.
 */
function markerFollows(lines: string[], from: number): boolean {
  for (let l = from; l < lines.length; l++)
    if (!/^\s*$/.test(lines[l]!)) return lines[l] === END_OF_BLOCK
  return false
}

/** Decides for each item of `list` whether its first paragraph is bare text (above). */
export function bareParagraphs(list: List, lines: string[]): void {
  const items = list.children
  items.forEach((item, i) => {
    const first = item.children[0]
    if (first?.type !== 'paragraph') {
      ;(item.data ??= {}).kramdownBare = false
      return
    }
    const after = item.children[1] ?? items[i + 1]
    // The last item's trailing blank lines belong to what follows the list, unless an
    // end-of-block marker (`^`) ends the list there.
    const blankAfter =
      after !== undefined
        ? lineOf(after, 'start') > lineOf(first, 'end') + 1
        : /^\s*$/.test(lines[lineOf(first, 'end')] ?? 'x') &&
          markerFollows(lines, lineOf(first, 'end'))
    let bare = !blankAfter
    if (bare && i === items.length - 1 && i > 0)
      bare = items
        .slice(0, -1)
        .some((it) => it.children[0]?.type !== 'paragraph' || it.data?.kramdownBare)
    ;(item.data ??= {}).kramdownBare = bare
  })
}

/** remark-rehype handler for list items: the first paragraph bare or not, as decided above. */
export function listItem(state: State, node: ListItem, parent: Parents | undefined): Element {
  // As the item of a loose list, every paragraph is a `<p>`; then the first one is unwrapped,
  // with the line breaks around it a tight list would not have.
  // Items made after the rules ran (a citation list) are CommonMark's.
  if (node.data?.kramdownBare === undefined) return defaultHandlers.listItem(state, node, parent)
  const li = defaultHandlers.listItem(state, node, { ...(parent as List), spread: true })
  if (!node.data.kramdownBare) return li
  const index = li.children.findIndex((c) => c.type === 'element')
  const p = li.children[index]
  if (p?.type !== 'element' || p.tagName !== 'p') return li
  const last = li.children.slice(index + 1).every((c) => c.type === 'text')
  const isBreak = (c: ElementContent | undefined) => c?.type === 'text' && c.value === '\n'
  const end = last && isBreak(li.children[index + 1]) ? index + 2 : index + 1
  const start = isBreak(li.children[index - 1]) ? index - 1 : index
  li.children.splice(start, end - start, ...p.children)
  return li
}

/**
 * remark-rehype handler for definitions (remark-definition-list's, wrapped): every paragraph a
 * `<p>`, then the first one unwrapped if it is bare, as decided above.
 */
export function defListDescription(handler: Handler): Handler {
  return (state: State, node: Parent, parent: Parents | undefined) => {
    const bare = (node.data as { kramdownBare?: boolean } | undefined)?.kramdownBare
    if (bare === undefined) return handler(state, node, parent)
    const dd = handler(state, { ...node, spread: true }, parent) as Element
    const index = dd.children.findIndex((c) => c.type === 'element')
    const p = dd.children[index]
    if (!bare || p?.type !== 'element' || p.tagName !== 'p') return dd
    const isBreak = (c: ElementContent | undefined) => c?.type === 'text' && c.value === '\n'
    const only = dd.children.slice(index + 1).every((c) => c.type === 'text')
    const end = only && isBreak(dd.children[index + 1]) ? index + 2 : index + 1
    const start = isBreak(dd.children[index - 1]) ? index - 1 : index
    dd.children.splice(start, end - start, ...p.children)
    return dd
  }
}

function mergeProps(list: List, props: Record<string, unknown>): Record<string, unknown> {
  const own = (list.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties
  const classes = [own?.className, props.className].flatMap((c) => (Array.isArray(c) ? c : []))
  return { ...own, ...props, ...(classes.length ? { className: classes } : {}) }
}
