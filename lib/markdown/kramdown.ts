import type {
  Heading,
  List,
  Paragraph,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from 'mdast'
import type { VFile } from 'vfile'
import { visit } from './visit'

/** Attributes from a kramdown inline attribute list, ready to become HTML attributes. */
export interface Attributes {
  id?: string
  className: string[]
  other: Record<string, string>
}

/**
 * Parses the inside of a kramdown attribute list (`#id .class key="value" key='v' key=v`).
 * Returns undefined for text that is not a well-formed list, which then stays as text.
 */
export function parseAttributeList(source: string): Attributes | undefined {
  const attrs: Attributes = { className: [], other: {} }
  const token =
    /\s*(?:#([\w:-]+)|\.([\w-]+)|([A-Za-z_:][\w:.-]*)=(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))/y
  let pos = 0
  while (pos < source.length) {
    if (/^\s*$/.test(source.slice(pos))) break
    token.lastIndex = pos
    const m = token.exec(source)
    if (!m) return undefined
    if (m[1]) attrs.id = m[1]
    else if (m[2]) attrs.className.push(m[2])
    else if (m[3]) attrs.other[m[3]] = m[4] ?? m[5] ?? m[6] ?? ''
    pos = token.lastIndex
  }
  return attrs
}

// `{: ...}` (span or block IAL) and, for headings, the `{#id}` shorthand.
const IAL_AT_START = /^\{:\s*([^}]*)\}/
const IAL_ALONE = /^\{:\s*([^}]*)\}\s*$/
const IAL_AT_END = /\n\{:\s*([^}]*)\}\s*$/
const HEADING_IAL_AT_END = /\s*\{:?\s*((?:#|\.)[^}]*)\}\s*$/

type Node = RootContent | Root

function apply(node: Node, attrs: Attributes, file: VFile, at: Node): void {
  const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> }
  const props = (data.hProperties ??= {})
  if (attrs.id) props.id = attrs.id
  if (attrs.className.length) {
    const existing = Array.isArray(props.className) ? (props.className as string[]) : []
    props.className = [...existing, ...attrs.className]
  }
  for (const [key, value] of Object.entries(attrs.other)) {
    if (/^on/i.test(key)) {
      file.message(
        `event handler attribute "${key}" in an attribute list is not allowed (expected plain attributes such as style or class)`,
        at,
      ).fatal = true
      continue
    }
    props[key] = value
  }
}

/**
 * Remark plugin for kramdown inline attribute lists, as Jekyll sites write them:
 * `![alt](src){: style="float: left"}` (span), a `{: .class}` line ending a paragraph (block),
 * a `{: .class}` paragraph of its own after a block, and `## Title {#id}` on headings.
 */
export default function remarkKramdownAttributes() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') return applyHeading(node, file)
      if (node.type === 'list') markToc(node)
      if (node.type !== 'paragraph') return
      if (parent && index !== undefined && index > 0 && isTocMarker(node)) {
        const before = (parent as Parent).children[index - 1]
        if (before?.type === 'list') {
          tocList(before)
          ;(parent as Parent).children.splice(index, 1)
          return index
        }
      }
      // A paragraph that is only an attribute list applies to the block before it.
      const only =
        node.children.length === 1 && node.children[0]?.type === 'text'
          ? IAL_ALONE.exec(node.children[0].value)
          : null
      const attrs = only ? parseAttributeList(only[1] ?? '') : undefined
      if (attrs && parent && index !== undefined && index > 0) {
        apply((parent as Parent).children[index - 1] as RootContent, attrs, file, node)
        ;(parent as Parent).children.splice(index, 1)
        return index
      }
      applySpans(node, file)
      applyTrailingBlock(node, file)
    })
  }
}

function applySpans(paragraph: Paragraph, file: VFile): void {
  visit(paragraph, 'text', (text: Text, index, parent) => {
    if (!parent || index === undefined || index === 0) return
    const target = parent.children[index - 1] as PhrasingContent
    if (target.type === 'text' || target.type === 'break') return
    const m = IAL_AT_START.exec(text.value)
    const attrs = m ? parseAttributeList(m[1] ?? '') : undefined
    if (!m || !attrs) return
    apply(target, attrs, file, text)
    text.value = text.value.slice(m[0].length)
  })
}

function applyTrailingBlock(paragraph: Paragraph, file: VFile): void {
  const last = paragraph.children.at(-1)
  if (last?.type !== 'text') return
  const m = IAL_AT_END.exec(last.value)
  const attrs = m ? parseAttributeList(m[1] ?? '') : undefined
  if (!m || !attrs) return
  apply(paragraph, attrs, file, last)
  last.value = last.value.slice(0, m.index)
}

function applyHeading(heading: Heading, file: VFile): void {
  const last = heading.children.at(-1)
  if (last?.type !== 'text') return
  const m = HEADING_IAL_AT_END.exec(last.value)
  const attrs = m ? parseAttributeList(m[1] ?? '') : undefined
  if (!m || !attrs) return
  apply(heading, attrs, file, last)
  last.value = last.value.slice(0, m.index)
}

const TOC_AT_END = /\n?\{:\s*toc\s*\}\s*$/

function isTocMarker(paragraph: Paragraph): boolean {
  const only = paragraph.children.length === 1 ? paragraph.children[0] : undefined
  return only?.type === 'text' && /^\{:\s*toc\s*\}\s*$/.test(only.value)
}

function tocList(list: List): void {
  const data = (list.data ??= {}) as { hProperties?: Record<string, unknown> }
  data.hProperties = { ...data.hProperties, dataKramdownToc: '' }
}

/**
 * kramdown's `{:toc}`: a list whose attribute list names `toc` (usually `* TOC` and `{:toc}` on
 * the next line) is replaced by the table of contents (see toc.ts).
 */
function markToc(list: List): void {
  const item = list.children.at(-1)
  const paragraph = item?.children.at(-1)
  const text = paragraph?.type === 'paragraph' ? paragraph.children.at(-1) : undefined
  if (text?.type !== 'text' || !TOC_AT_END.test(text.value)) return
  text.value = text.value.replace(TOC_AT_END, '')
  tocList(list)
}
