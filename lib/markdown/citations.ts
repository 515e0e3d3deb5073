import type { Link, List, ListItem, PhrasingContent, Root, RootContent, Text } from 'mdast'
import type { VFile } from 'vfile'
import { authorList, labels, venueLine, type Label } from '@/lib/citations/format'
import type { Bibliography, Reference } from '@/lib/citations/model'
import { findCitations, type Citation } from '@/lib/citations/syntax'
import type { Parent } from 'unist'
import { SKIP as SKIP_CHILDREN, visit } from './visit'

declare module 'vfile' {
  interface DataMap {
    /** What the document may cite; set for posts (lib/content/bibliography.ts). */
    bibliography: Bibliography
  }
}

const SKIP = new Set(['link', 'linkReference', 'inlineCode', 'code', 'definition', 'html'])

export const referenceId = (key: string) => `ref-${key}`

const text = (value: string): Text => ({ type: 'text', value })

function citeLink(key: string, label: string): Link {
  return {
    type: 'link',
    url: `#${referenceId(key)}`,
    children: [text(label)],
    data: { hProperties: { className: ['citation'] } },
  }
}

/** The nodes a citation becomes in the post's style. */
function render(c: Citation, known: Map<string, Label>, numbered: boolean): PhrasingContent[] {
  const item = c.items[0]!
  const label = known.get(item.key)!
  if (c.narrative) {
    // Gibson et al. [3]  /  Gibson et al. (2023)
    return [
      text(`${label.names} `),
      citeLink(item.key, numbered ? `[${label.tail}]` : `(${label.tail})`),
    ]
  }
  const [open, close, sep] = numbered ? ['[', ']', ', '] : ['(', ')', '; ']
  const out: PhrasingContent[] = [text(open)]
  c.items.forEach((it, i) => {
    if (i) out.push(text(sep))
    const l = known.get(it.key)!
    out.push(citeLink(it.key, it.locator ? `${l.cite}, ${it.locator}` : l.cite))
  })
  out.push(text(close))
  return out
}

function referenceItem(ref: Reference): ListItem {
  const p = ref.entry
  const title: PhrasingContent = ref.href
    ? { type: 'link', url: ref.href, children: [text(p.title)] }
    : text(p.title)
  return {
    type: 'listItem',
    data: { hProperties: { id: referenceId(p.key) } },
    children: [
      {
        type: 'paragraph',
        children: [text(`${authorList(p.authors)}. `), title, text(`. ${venueLine(p)}`)],
      },
    ],
  }
}

/**
 * Remark plugin: Pandoc citations (`[@key]`, `[@key, p. 4]`, `[@a; @b]`, narrative `@key`) become
 * links to a "References" list added at the end of the document, in the site's citation style.
 * Keys resolve against the bibliography in `file.data` (the site's publications.bib and the
 * post's own); an unknown key in brackets is an error naming the files searched, an unknown
 * narrative `@name` is left as text (it is as likely to be a handle). Documents without a
 * bibliography (pages) are left alone.
 */
export default function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const bib = file.data.bibliography
    if (!bib) return
    const found: { node: Text; parent: Parent; citations: Citation[] }[] = []
    const cited: Reference[] = []
    visit(tree, (node, _index, parent) => {
      if (SKIP.has(node.type)) return SKIP_CHILDREN
      if (node.type !== 'text' || !parent) return
      const t = node as Text
      const citations = findCitations(t.value).filter((c) => {
        const unknown = c.items.filter((i) => !bib.references[i.key])
        if (c.narrative) return unknown.length === 0
        for (const i of unknown) {
          const at = positionIn(t, i.offset)
          file.message(
            `unknown citation key "${i.key}" (searched ${bib.files.join(', ') || 'no .bib files'}; expected the key of a BibTeX entry there)`,
            at,
          ).fatal = true
        }
        return unknown.length === 0
      })
      for (const c of citations)
        for (const i of c.items)
          if (!cited.some((r) => r.entry.key === i.key)) cited.push(bib.references[i.key]!)
      if (citations.length) found.push({ node: t, parent, citations })
    })
    if (!cited.length) return
    const known = labels(cited, bib.style)
    const numbered = bib.style === 'numbered'
    for (const { node, parent, citations } of found) {
      const parts: PhrasingContent[] = []
      let pos = 0
      for (const c of citations) {
        if (c.start > pos) parts.push(text(node.value.slice(pos, c.start)))
        parts.push(...render(c, known, numbered))
        pos = c.end
      }
      if (pos < node.value.length) parts.push(text(node.value.slice(pos)))
      parent.children.splice(parent.children.indexOf(node), 1, ...parts)
    }
    const ordered = numbered
      ? cited
      : [...cited].sort((a, b) =>
          known.get(a.entry.key)!.cite.localeCompare(known.get(b.entry.key)!.cite),
        )
    const list: List = {
      type: 'list',
      ordered: numbered,
      spread: false,
      data: { hProperties: { className: ['references'] } },
      children: ordered.map(referenceItem),
    }
    tree.children.push(
      { type: 'heading', depth: 2, children: [text('References')] } as RootContent,
      list,
    )
  }
}

/** Where the character at `offset` of a text node is in the file (exact on a single source line). */
function positionIn(node: Text, offset: number) {
  const start = node.position?.start
  if (!start) return undefined
  const before = node.value.slice(0, offset)
  const newlines = before.split('\n').length - 1
  const column = newlines ? before.length - before.lastIndexOf('\n') : start.column + offset
  return { line: start.line + newlines, column }
}
