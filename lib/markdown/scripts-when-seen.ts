import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'
import { INERT_SCRIPT_TYPE, PLOTLY_URL, SCRIPTS_WHEN_SEEN_URL } from '@/lib/vendor-scripts'
import { visit } from './visit'

// The types a browser runs a `<script>` of; any other (`text/bibliography`) is data.
const JS_TYPE = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i

const typeOf = (node: Element) => String(node.properties.type ?? '').trim()

/**
 * Rehype plugin: a document's own scripts (`scripts: true`, all from files of the site) are kept
 * inert (`type="text/x-when-seen"`, which a browser neither fetches nor runs) and run by
 * /vendor/scripts-when-seen.js only when what they draw comes near the screen, in the page's order
 * (lib/scripts-when-seen.js). A chart post's d3 and drawing code no longer hold up the page while
 * it loads. Left as they are: a document with an inline script (the loader could not run it in
 * its place under the page's policy), and one using Plotly's stand-in, which waits for its charts
 * itself.
 */
export default function rehypeScriptsWhenSeen() {
  return (tree: Root, file: VFile) => {
    if (file.data.scripts !== true) return
    const scripts: Element[] = []
    // Where the loader goes: just before the first of them.
    let firstParent: Element | Root | undefined
    let inline = false
    visit(tree, 'element', (node, _index, parent) => {
      const el = node as Element
      if (el.tagName !== 'script' || !JS_TYPE.test(typeOf(el))) return
      if (typeof el.properties.src !== 'string') inline = true
      else if (scripts.push(el) === 1) firstParent = parent as Element | Root
    })
    if (!firstParent || inline) return
    if (scripts.some((node) => node.properties.src === PLOTLY_URL)) return
    for (const node of scripts) {
      const isModule = typeOf(node).toLowerCase() === 'module'
      const properties = { ...node.properties, type: INERT_SCRIPT_TYPE }
      delete properties.defer
      delete properties.async
      if (isModule) properties.dataType = 'module'
      node.properties = properties
    }
    const loader: Element = {
      type: 'element',
      tagName: 'script',
      properties: { src: SCRIPTS_WHEN_SEEN_URL, defer: true },
      children: [],
    }
    firstParent.children.splice(firstParent.children.indexOf(scripts[0]!), 0, loader)
  }
}
