import fs from 'node:fs'
import path from 'node:path'
import { parse as parseEmoji } from '@twemoji/parser'
import type { Element, ElementContent, Root, Text } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { h } from 'hastscript'

/**
 * Emoji as pictures, so that 🍐 is a pear on every system, including one without a colour emoji
 * font (where it would be an empty box). Each emoji in the text becomes Twemoji's SVG, inlined at
 * build time from the `@twemoji/svg` package (graphics CC-BY 4.0, see the README's design notes),
 * followed by the character itself, kept in the text flow but not drawn: screen readers, search
 * and copy-and-paste still get it. An emoji Twemoji has no picture for stays text.
 */

// Read as files (the bundler cannot resolve into a package's folder): the build runs at the root.
const svgDir = path.resolve('node_modules/@twemoji/svg')
const cache = new Map<string, Element | null>()

/** Twemoji's picture for one emoji (`1f350` for 🍐), parsed once per build. */
function picture(code: string): Element | null {
  if (!cache.has(code)) {
    const file = path.join(svgDir, `${code}.svg`)
    const svg = fs.existsSync(file)
      ? (fromHtml(fs.readFileSync(file, 'utf8'), { fragment: true, space: 'svg' }).children.find(
          (n): n is Element => n.type === 'element' && n.tagName === 'svg',
        ) ?? null)
      : null
    if (svg) {
      svg.properties = {
        ...svg.properties,
        className: ['emoji-svg'],
        width: '1em',
        height: '1em',
        ariaHidden: 'true',
        focusable: 'false',
      }
      delete svg.properties.xmlns
    }
    cache.set(code, svg)
  }
  const svg = cache.get(code)
  return svg ? structuredClone(svg) : null
}

/** The text split into text and emoji pictures; the text itself when it has no emoji. */
export function emojiNodes(text: string): ElementContent[] {
  const found = parseEmoji(text, { assetType: 'svg' })
  if (!found.length) return [{ type: 'text', value: text }]
  const out: ElementContent[] = []
  let at = 0
  for (const { indices, text: char, url } of found) {
    const svg = picture(path.basename(url, '.svg'))
    if (!svg) continue
    if (indices[0] > at) out.push({ type: 'text', value: text.slice(at, indices[0]) })
    out.push(
      h('span', { className: ['emoji'] }, [svg, h('span', { className: ['emoji-char'] }, char)]),
    )
    at = indices[1]
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) })
  return out
}

/** Elements whose text is not prose: code keeps its characters, math and SVG are drawn already. */
const KEEP = new Set([
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'svg',
  'math',
  'title',
  'textarea',
  'option',
])

function isKatex(el: Element): boolean {
  const classes = el.properties.className
  return Array.isArray(classes) && classes.includes('katex')
}

type Node = {
  type: string
  tagName?: string
  properties?: Element['properties']
  children?: Node[]
}

/**
 * Replaces the emoji in a HTML tree's prose with pictures (in place). MDX's JSX elements are
 * walked too, so the text inside a `<Callout>` gets them.
 */
export function inlineEmoji(tree: Root | Element): void {
  const walk = (node: Node) => {
    if (!node.children) return
    const children: Node[] = []
    let changed = false
    for (const child of node.children) {
      if (child.type === 'text') {
        const parts = emojiNodes((child as Text).value)
        if (parts.length !== 1 || parts[0]!.type !== 'text') changed = true
        children.push(...parts)
        continue
      }
      const keep =
        child.type === 'element' && (KEEP.has(child.tagName!) || isKatex(child as Element))
      if (!keep) walk(child)
      children.push(child)
    }
    if (changed) node.children = children
  }
  walk(tree as Node)
}

/** Rehype plugin form of `inlineEmoji`, for MDX pages. */
export default function rehypeEmoji() {
  return (tree: Root) => inlineEmoji(tree)
}
