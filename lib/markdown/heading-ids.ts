import type { Element, ElementContent, Root } from 'hast'
import { headingRank } from 'hast-util-heading-rank'
import { toString } from 'hast-util-to-string'
import { visit } from './visit'

/**
 * What rehype-slug needs around it to give headings the ids kramdown's GFM parser gives them
 * (Jekyll's): `before` runs just before it, `after` just after.
 *
 * - The text an id is made from: a tab counts as a space (GFM turns each into a `-`, GitHub's
 *   slugger drops it), and a formula counts as its TeX source (KaTeX's output holds the formula
 *   three times: MathML, its annotation and the HTML).
 * - An id an author set empty (`{: id=""}`) stays without one, generated or not; and a heading
 *   whose text leaves nothing for an id (`;.;`) gets none, as kramdown leaves out an empty id
 *   (the next such heading still gets `-1`, as in kramdown).
 * - The terms of a definition list marked `{:auto_ids}` get ids the same way.
 */
const AUTHOR_EMPTY = '\u0000'
const originals = new WeakMap<Element, ElementContent[]>()

export function rehypeHeadingIdsBefore() {
  return (tree: Root) => {
    visit(tree, 'element', (el: Element) => {
      if (!headingRank(el)) return
      if (el.properties.id === '') el.properties.id = AUTHOR_EMPTY
      if (el.properties.id !== undefined) return
      const text = idText(el.children)
      if (text === toString(el)) return
      originals.set(el, el.children)
      el.children = [{ type: 'text', value: text }]
    })
  }
}

export function rehypeHeadingIdsAfter() {
  return (tree: Root) => {
    const used = new Set<string>()
    const lists: Element[] = []
    visit(tree, 'element', (el: Element) => {
      if (el.tagName === 'dl' && el.properties.dataKramdownAutoIds !== undefined) lists.push(el)
      if (typeof el.properties.id === 'string') used.add(el.properties.id)
      if (!headingRank(el)) return
      const children = originals.get(el)
      if (children) el.children = children
      if (el.properties.id === '' || el.properties.id === AUTHOR_EMPTY) delete el.properties.id
    })
    for (const dl of lists) termIds(dl, used)
  }
}

/** Ids for the terms of a definition list marked `{:auto_ids}` (kramdown.ts), GFM's way. */
function termIds(dl: Element, used: Set<string>): void {
  const prefix = String(dl.properties.dataKramdownAutoIds)
  delete dl.properties.dataKramdownAutoIds
  for (const dt of dl.children) {
    if (dt.type !== 'element' || dt.tagName !== 'dt' || dt.properties.id !== undefined) continue
    const base =
      prefix +
      idText(dt.children)
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-')
    let id = base
    for (let n = 1; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    if (id) dt.properties.id = id
  }
}

function idText(nodes: ElementContent[]): string {
  let text = ''
  const walk = (node: ElementContent) => {
    if (node.type === 'text') text += node.value.replace(/\t/g, ' ')
    if (node.type !== 'element') return
    const classes = Array.isArray(node.properties.className) ? node.properties.className : []
    if (classes.includes('katex')) text += texSource(node)
    else node.children.forEach(walk)
  }
  nodes.forEach(walk)
  return text
}

/** The TeX a KaTeX rendering was made from (its MathML annotation). */
function texSource(el: Element): string {
  let tex = ''
  visit(el, 'element', (node: Element) => {
    if (node.tagName === 'annotation') tex = toString(node)
  })
  return tex
}
