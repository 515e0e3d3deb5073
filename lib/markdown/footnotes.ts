import type { ElementContent, Properties } from 'hast'
import type { FootnoteDefinition, FootnoteReference, Node, Parent, Root, RootContent } from 'mdast'
import type { FootnotesMark } from './kramdown'
import type { KramdownOptions } from './kramdown-options'
import { EXIT, visit } from './visit'

/**
 * Remark plugin: footnotes in kramdown's markup, so `#fn:1` links from other pages and theme CSS
 * written for Jekyll keep working:
 *
 *   <sup id="fnref:name"><a href="#fn:name" class="footnote" rel="footnote" role="doc-noteref">1</a></sup>
 *   <div class="footnotes" role="doc-endnotes"><ol><li id="fn:name"><p>… <a href="#fnref:name"
 *     class="reversefootnote" role="doc-backlink">↩</a></p></li></ol></div>
 *
 * Ids use the footnote's name as written; a second reference to one footnote is `fnref:name:1`
 * and gets its own numbered backlink. Footnotes are numbered from `footnote_nr` in the order
 * kramdown meets them: references in the body first, then those inside footnotes. The backlinks
 * also get an accessible name (the site's addition). They go at the end of the document, or in
 * place of the first list marked `{:footnotes}` (which disappears when there are none).
 */
type FootnoteOptions = Pick<
  KramdownOptions,
  | 'footnote_nr'
  | 'footnote_prefix'
  | 'footnote_link_text'
  | 'footnote_backlink'
  | 'footnote_backlink_inline'
>

export default function remarkKramdownFootnotes(options: FootnoteOptions) {
  return (tree: Root) => {
    const definitions = new Map<string, FootnoteDefinition>()
    visit(tree, 'footnoteDefinition', (node: FootnoteDefinition, index, parent) => {
      // kramdown keeps the last definition of a name.
      definitions.set(node.identifier, node)
      if (parent && index !== undefined) {
        ;(parent as Parent).children.splice(index, 1)
        return index
      }
    })

    const order: { id: string; name: string; definition: FootnoteDefinition; uses: number }[] = []
    const byId = new Map<string, (typeof order)[number]>()
    const number = (scope: Node) =>
      visit(scope, 'footnoteReference', (ref: FootnoteReference, index, parent) => {
        const definition = definitions.get(ref.identifier)
        if (!parent || index === undefined || !definition) return
        let entry = byId.get(ref.identifier)
        if (!entry) {
          entry = {
            id: ref.identifier,
            name: options.footnote_prefix + (ref.label ?? ref.identifier),
            definition,
            uses: 0,
          }
          byId.set(ref.identifier, entry)
          order.push(entry)
        }
        const use = entry.uses++
        const nr = options.footnote_nr + order.indexOf(entry)
        ;(parent as Parent).children[index] = element(
          'sup',
          { id: `fnref:${entry.name}${use ? `:${use}` : ''}` },
          [
            {
              type: 'element',
              tagName: 'a',
              properties: {
                href: `#fn:${entry.name}`,
                className: ['footnote'],
                rel: ['footnote'],
                role: 'doc-noteref',
              },
              children: [
                { type: 'text', value: options.footnote_link_text.replace('%s', String(nr)) },
              ],
            },
          ],
        )
      })
    number(tree)
    // Footnotes referred to only from inside other footnotes come after, as kramdown meets them.
    for (let i = 0; i < order.length; i++) number(order[i]!.definition)
    const place = placeholder(tree)
    if (!order.length) {
      if (place) place.parent.children.splice(place.index, 1)
      return
    }

    const items = order.map((entry, i) => {
      const children = entry.definition.children as RootContent[]
      const backlinks: RootContent[] = []
      for (let use = 0; use < (options.footnote_backlink ? entry.uses : 0); use++) {
        const ref = `fnref:${entry.name}${use ? `:${use}` : ''}`
        const label = `Back to reference ${options.footnote_nr + i}${entry.uses > 1 ? ` (${use + 1})` : ''}`
        const sup: ElementContent[] = use
          ? [
              {
                type: 'element',
                tagName: 'sup',
                properties: {},
                children: [{ type: 'text', value: String(use + 1) }],
              },
            ]
          : []
        if (use) backlinks.push({ type: 'text', value: '\u00a0' })
        backlinks.push(
          element(
            'a',
            {
              href: `#${ref}`,
              className: ['reversefootnote'],
              role: 'doc-backlink',
              ariaLabel: label,
            },
            [{ type: 'text', value: options.footnote_backlink }, ...sup],
          ),
        )
      }
      if (backlinks.length) {
        const last = backlinkPlace(children, options.footnote_backlink_inline)
        if (last) last.children.push({ type: 'text', value: '\u00a0' }, ...(backlinks as never[]))
        else children.push({ type: 'paragraph', children: backlinks as never[] })
      }
      return element('li', { id: `fn:${entry.name}` }, undefined, children)
    })
    const start = options.footnote_nr === 1 ? {} : { start: options.footnote_nr }
    const div = element('div', { className: ['footnotes'], role: 'doc-endnotes' }, undefined, [
      element('ol', start, undefined, items),
    ])
    if (place) place.parent.children[place.index] = div
    else tree.children.push(div)
  }
}

/** The first list marked `{:footnotes}` (kramdown.ts), in document order. */
function placeholder(tree: Root): { parent: Parent; index: number } | undefined {
  let found: { parent: Parent; index: number } | undefined
  visit(tree, 'list', (node: Node, index, parent) => {
    if (!parent || index === undefined) return
    if (!(node.data as FootnotesMark | undefined)?.kramdownFootnotes) return
    found = { parent: parent as Parent, index }
    return EXIT
  })
  return found
}

/**
 * The block a footnote's backlinks go at the end of: its last paragraph, or with
 * `footnote_backlink_inline` the last paragraph or heading however deep in its last block.
 */
function backlinkPlace(children: RootContent[], inline: boolean): Parent | undefined {
  const last = children.at(-1)
  if (!last) return undefined
  if (last.type === 'paragraph') return last
  if (!inline) return undefined
  if (last.type === 'heading') return last
  if (
    'children' in last &&
    (last.type === 'blockquote' || last.type === 'list' || last.type === 'listItem')
  )
    return backlinkPlace(last.children as RootContent[], inline)
  return undefined
}

/** An mdast node that remark-rehype turns into the given element. */
function element(
  tagName: string,
  properties: Properties,
  hChildren?: ElementContent[],
  children?: RootContent[],
) {
  return {
    type: 'kramdownElement',
    children: children ?? [],
    data: { hName: tagName, hProperties: properties, ...(hChildren ? { hChildren } : {}) },
  } as unknown as RootContent & never
}
