import type {
  Heading,
  Html,
  List,
  Paragraph,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from 'mdast'
import type { VFile } from 'vfile'
import type { KramdownAttributeLine } from './attribute-lines'
import { visit } from './visit'
import { withRawAttributes } from './raw-attributes'
import { standaloneImage } from './standalone-images'

/** Attributes from a kramdown inline attribute list, ready to become HTML attributes. */
export interface Attributes {
  id?: string
  className: string[]
  other: Record<string, string>
  /** Names of attribute list definitions (`{:name: ...}`) and kramdown's own (`toc`, `footnotes`). */
  refs: string[]
}

// kramdown's grammar (parser/kramdown/extensions.rb): each part stands alone between spaces, a
// value is always quoted (`\}` and an escaped quote are allowed inside), and parts that fit no
// rule are skipped, as kramdown skips them.
const NAME = String.raw`\w[\w-]*`
const ID_OR_CLASS = /#([A-Za-z][\w:-]*)|\.([^\s.#]+)/g
const PART = new RegExp(
  String.raw`(?:^|\s)(?:(${NAME})=("|')((?:\\\}|\\\2|[^}])*?)\2|(${NAME})|((?:#[A-Za-z][\w:-]*|\.[^\s.#]+)+))(?=\s|$)`,
  'g',
)

/**
 * Parses the inside of a kramdown attribute list (`#id .class key="value" key='v' ref`) as
 * kramdown does. Returns undefined when no part of it is valid, which then stays as text.
 */
export function parseAttributeList(source: string): Attributes | undefined {
  const attrs: Attributes = { className: [], other: {}, refs: [] }
  let found = false
  for (const m of source.matchAll(PART)) {
    found = true
    const [, key, quote, value, ref, idsAndClasses] = m
    if (ref) attrs.refs.push(ref)
    else if (idsAndClasses) {
      for (const [, id, cls] of idsAndClasses.matchAll(ID_OR_CLASS)) {
        if (cls) attrs.className.push(cls)
        else attrs.id = id
      }
    } else if (key)
      attrs.other[key] = (value ?? '').replace(new RegExp(`\\\\([}${quote}])`, 'g'), '$1')
  }
  return found ? attrs : undefined
}

// A span IAL after an element, an IAL opening a list item, term or definition, and, for
// headings, the `{#id}` shorthand.
const IAL_AT_START = /^\{:(?![:/])((?:\\\}|[^}])+)\}/
// (kramdown wants white space before it: `Title{#id}` is text.)
const HEADING_IAL_AT_END = /\s+\{:?\s*((?:#|\.)[^}]*)\}\s*$/
const ALD = /^(\w[\w-]*):((?:\\\}|[^}])+)$/

type Node = RootContent | Root
type Data = { hProperties?: Record<string, unknown>; preProperties?: Record<string, unknown> }

/**
 * The attribute lists given to raw HTML blocks, in order, until `applyRaw` writes them; one map
 * per document (by its file), so no state is shared between documents.
 */
const rawPendingOf = new WeakMap<VFile, Map<Html, Attributes[]>>()

function rawPending(file: VFile): Map<Html, Attributes[]> {
  let pending = rawPendingOf.get(file)
  if (!pending) rawPendingOf.set(file, (pending = new Map()))
  return pending
}

function applyRaw(file: VFile): void {
  for (const [node, list] of rawPending(file)) {
    const merged: Attributes = { className: [], other: {}, refs: [] }
    for (const attrs of list) {
      if (attrs.id) merged.id = attrs.id
      merged.className.push(...attrs.className)
      Object.assign(merged.other, attrs.other)
    }
    node.value = withRawAttributes(node.value, merged) ?? node.value
  }
  rawPendingOf.delete(file)
}

function apply(node: Node, given: Attributes, file: VFile, at: Node): void {
  const attrs = { ...given, other: { ...given.other } }
  for (const key of Object.keys(attrs.other)) {
    if (!/^on/i.test(key)) continue
    file.message(
      `event handler attribute "${key}" in an attribute list is not allowed (expected plain attributes such as style or class)`,
      at,
    ).fatal = true
    delete attrs.other[key]
  }
  // A raw HTML block's attributes go into its start tag, once all its lists are known (writing
  // the tag again for each of thousands of lists would take the square of their number).
  if (node.type === 'html') {
    const pending = rawPending(file)
    const list = pending.get(node)
    if (list) list.push(attrs)
    else pending.set(node, [attrs])
    return
  }
  const data = (node.data ??= {}) as Data
  // An indented or fenced code block's attributes belong on its `<pre>` (see markdown.ts).
  const props = node.type === 'code' ? (data.preProperties ??= {}) : (data.hProperties ??= {})
  if (attrs.id) props.id = attrs.id
  if (attrs.className.length) {
    // Added in place: a block under thousands of attribute lines gets each one's classes.
    if (!Array.isArray(props.className)) props.className = []
    ;(props.className as string[]).push(...attrs.className)
  }
  Object.assign(props, attrs.other)
  if (node.type === 'list') {
    if (attrs.refs.includes('toc')) tocList(node)
    else if (attrs.refs.includes('footnotes')) (node.data as FootnotesMark).kramdownFootnotes = true
  }
  if (attrs.refs.includes('standalone') && node.type === 'image')
    (data as { standalone?: boolean }).standalone = true
  // `{:auto_ids}` (or `{:auto_ids-prefix-}`) on a definition list gives its terms ids.
  const autoIds = attrs.refs.find((ref) => /^auto_ids(-|$)/.test(ref))
  if (autoIds !== undefined && node.type === 'defList')
    props.dataKramdownAutoIds = autoIds.slice('auto_ids-'.length)
}

/** A list marked `{:footnotes}`: the footnotes go in its place (footnotes.ts). */
export type FootnotesMark = { kramdownFootnotes?: boolean }

/** An attribute list with the definitions it names merged in first, as kramdown does. */
function resolve(
  attrs: Attributes,
  definitions: Map<string, Attributes>,
  seen = new Set<string>(),
): Attributes {
  const out: Attributes = { className: [], other: {}, refs: [...attrs.refs] }
  const merge = (a: Attributes) => {
    if (a.id) out.id = a.id
    out.className.push(...a.className)
    Object.assign(out.other, a.other)
  }
  for (const ref of attrs.refs) {
    const def = definitions.get(ref)
    if (!def || seen.has(ref)) continue
    merge(resolve(def, definitions, new Set([...seen, ref])))
  }
  merge(attrs)
  return out
}

/**
 * Remark plugin for kramdown's attribute lists, as Jekyll sites write them:
 * - span IALs: `![alt](src){: style="float: left"}`;
 * - block IALs, a line of their own (attribute-lines.ts): right after a block (no blank line
 *   between) they apply to that block, otherwise to the block right after them;
 * - attribute list definitions (`{:name: .cls}`), which IALs name (`{: name}`);
 * - an IAL opening a list item, a definition list term or a definition;
 * - `## Title {#id}` on headings;
 * - `{:toc}` after a list, which becomes the table of contents (toc.ts);
 * - `{:footnotes}` after a list, which the footnotes replace (footnotes.ts).
 */
export default function remarkKramdownAttributes() {
  return (tree: Root, file: VFile) => {
    rawPendingOf.delete(file)
    const definitions = new Map<string, Attributes>()
    visit(tree, 'kramdownAttributeLine', (node: KramdownAttributeLine) => {
      const m = ALD.exec(node.value)
      const attrs = m ? parseAttributeList(m[2]!) : undefined
      if (!m || !attrs) return
      const def = definitions.get(m[1]!)
      // A name defined twice collects both, as in kramdown.
      definitions.set(
        m[1]!,
        def
          ? {
              id: attrs.id ?? def.id,
              className: [...def.className, ...attrs.className],
              other: { ...def.other, ...attrs.other },
              refs: [...def.refs, ...attrs.refs],
            }
          : attrs,
      )
    })
    visit(tree, 'heading', (node: Heading, index, parent) => {
      // kramdown's ATX heading needs text: a line of `#`s alone is a paragraph.
      const source = String(file.value).slice(
        node.position?.start.offset,
        node.position?.end.offset,
      )
      if (node.children.length || !parent || index === undefined || !/^ {0,3}#/.test(source)) return
      const text: Text = { type: 'text', value: source.trim(), position: node.position }
      parent.children[index] = { type: 'paragraph', children: [text], position: node.position }
    })
    const parse = (source: string) => {
      const attrs = parseAttributeList(source)
      return attrs && resolve(attrs, definitions)
    }
    visit(tree, (node) => {
      if (node.type === 'listItem' || node.type === 'defListDescription')
        applyItemLine(node, parse, file)
      if ('children' in node && node.type !== 'paragraph') applyLines(node as Parent, parse, file)
      if (node.type === 'heading') return applyHeading(node, file, parse)
      if (node.type === 'listItem' || node.type === 'defListDescription')
        applyItemStart(node, (node as Parent).children[0], file, parse)
      if (node.type === 'defListTerm') applyItemStart(node, node, file, parse)
      if (node.type !== 'paragraph') return
      applySpans(node, file, parse)
      standaloneImage(node)
    })
    applyRaw(file)
  }
}

const lineOf = (n: Node | undefined, side: 'start' | 'end') => n?.position?.[side].line

/** Applies the attribute lines among `parent`'s children and removes them. */
function applyLines(
  parent: Parent,
  parse: (source: string) => Attributes | undefined,
  file: VFile,
): void {
  const children = parent.children as RootContent[]
  // The block the lines just seen apply to (`above`), or those waiting for the next block.
  let above: RootContent | undefined
  let waiting: { attrs: Attributes; node: KramdownAttributeLine }[] = []
  let previous: RootContent | undefined
  const out: RootContent[] = []
  for (const child of children) {
    if (child.type !== 'kramdownAttributeLine') {
      const next = waiting.at(-1)?.node
      if (next && lineOf(child, 'start') === (lineOf(next, 'end') ?? 0) + 1)
        for (const w of waiting) apply(child, w.attrs, file, w.node)
      else for (const w of waiting) unused(w.node, file)
      waiting = []
      above = child
      previous = child
      out.push(child)
      continue
    }
    // (A definition list's position may end on the line itself.)
    const touching =
      previous !== undefined && lineOf(child, 'start')! <= (lineOf(previous, 'end') ?? 0) + 1
    previous = child
    if (ALD.test(child.value)) {
      above = undefined
      continue
    }
    const attrs = parse(child.value)
    if (!attrs) {
      file.message(
        `attribute list "{:${child.value}}" has no valid attribute (expected #id, .class, key="value" or a definition's name)`,
        child,
      )
      continue
    }
    if (above && touching && !waiting.length) apply(above, attrs, file, child)
    else {
      above = undefined
      waiting.push({ attrs, node: child })
    }
  }
  for (const w of waiting) unused(w.node, file)
  parent.children = out as typeof parent.children
}

function unused(node: KramdownAttributeLine, file: VFile): void {
  file.message(
    `attribute list "{:${node.value}}" applies to no block (expected right below or right above one, without a blank line between)`,
    node,
  )
}

/** `* {:.cls}` alone on the item's first line (the content below it): the item's attributes. */
function applyItemLine(
  item: Node & Parent,
  parse: (source: string) => Attributes | undefined,
  file: VFile,
): void {
  const first = item.children[0]
  if (first?.type !== 'kramdownAttributeLine' || lineOf(first, 'start') !== lineOf(item, 'start'))
    return
  const attrs = parse(first.value)
  if (!attrs) return
  apply(item, attrs, file, first)
  item.children.shift()
}

/** `{:.cls} text` at the start of a list item, definition or term: the item's attributes. */
function applyItemStart(
  item: Node,
  first: Node | undefined,
  file: VFile,
  parse: (source: string) => Attributes | undefined,
): void {
  if (!first || (first.type !== 'paragraph' && first.type !== 'defListTerm')) return
  const text = (first as Parent).children[0]
  if (text?.type !== 'text') return
  const m = IAL_AT_START.exec(text.value)
  const attrs = m ? parse(m[1]!) : undefined
  if (!m || !attrs) return
  apply(item, attrs, file, text)
  text.value = text.value.slice(m[0].length).replace(/^[ \t]*\n?/, '')
}

function applySpans(
  paragraph: Paragraph,
  file: VFile,
  parse: (source: string) => Attributes | undefined,
): void {
  visit(paragraph, 'text', (text: Text, index, parent) => {
    if (!parent || index === undefined || index === 0) return
    const target = parent.children[index - 1] as PhrasingContent
    if (target.type === 'text' || target.type === 'break') return
    // Several lists in a row (`{: .a}{: .b}`) all apply, as in kramdown.
    for (let m = IAL_AT_START.exec(text.value); m; m = IAL_AT_START.exec(text.value)) {
      const attrs = parse(m[1]!)
      if (!attrs) return
      apply(target, attrs, file, text)
      text.value = text.value.slice(m[0].length)
    }
  })
}

function applyHeading(
  heading: Heading,
  file: VFile,
  parse: (source: string) => Attributes | undefined,
): void {
  const last = heading.children.at(-1)
  if (last?.type !== 'text') return
  const m = HEADING_IAL_AT_END.exec(last.value)
  const attrs = m ? parse(m[1]!) : undefined
  if (!m || !attrs) return
  apply(heading, attrs, file, last)
  // A closing `#` run before the attribute list is not text either (`## Title ## {#id}`).
  last.value = last.value.slice(0, m.index).replace(/[ \t]+#+$/, '')
}

function tocList(list: List): void {
  const data = (list.data ??= {}) as { hProperties?: Record<string, unknown> }
  data.hProperties = { ...data.hProperties, dataKramdownToc: '' }
}
