import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'
import { visit } from './visit'
import { withBasePath } from '@/lib/urls'

const URL_PROPERTIES = ['href', 'src', 'poster', 'action', 'data'] as const

// Script URLs among them were refused before this step (content-safety.ts).

declare module 'vfile' {
  interface DataMap {
    /** The site path of the page the document is rendered at. */
    url: string
  }
}

/**
 * A relative URL (`diagram.png` in a folder post) made site-relative against the page it is on,
 * so it means the same thing wherever the HTML ends up: in a prefetched route, in a feed.
 */
function resolveRelative(value: string, pageUrl: string | undefined): string {
  if (!pageUrl || !value || /^([a-z][a-z0-9+.-]*:|[/#?])/i.test(value)) return value
  const resolved = new URL(value, `http://site${pageUrl}`)
  return resolved.pathname + resolved.search + resolved.hash
}

/**
 * Rehype plugin: every site-relative URL written in content (Markdown links, images, raw HTML
 * `<img src>` and `<a href>`, srcset candidates) is made canonical and gets the base path, so one
 * content folder works at a domain's root and under a GitHub project path.
 */
export default function rehypeSiteUrls({ basePath }: { basePath: string }) {
  return (tree: Root, file: VFile) => {
    const rewrite = (value: string) => withBasePath(resolveRelative(value, file.data.url), basePath)
    visit(tree, 'element', (node: Element) => {
      const props = node.properties
      for (const key of URL_PROPERTIES) {
        const value = props[key]
        if (typeof value !== 'string') continue
        props[key] = rewrite(value)
      }
      const srcset = props.srcSet
      if (typeof srcset === 'string' || Array.isArray(srcset)) {
        const candidates = Array.isArray(srcset) ? srcset.map(String) : srcset.split(',')
        props.srcSet = candidates
          .map((c) => {
            const [url = '', ...rest] = c.trim().split(/\s+/)
            return [rewrite(url), ...rest].join(' ')
          })
          .join(', ')
      }
    })
  }
}
