import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import { withBasePath } from '@/lib/urls'

const URL_PROPERTIES = ['href', 'src', 'poster', 'action', 'data'] as const

/**
 * Rehype plugin: every site-relative URL written in content (Markdown links, images, raw HTML
 * `<img src>` and `<a href>`, srcset candidates) is made canonical and gets the base path, so one
 * content folder works at a domain's root and under a GitHub project path.
 */
export default function rehypeSiteUrls({ basePath }: { basePath: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const props = node.properties
      for (const key of URL_PROPERTIES) {
        const value = props[key]
        if (typeof value === 'string') props[key] = withBasePath(value, basePath)
      }
      const srcset = props.srcSet
      if (typeof srcset === 'string' || Array.isArray(srcset)) {
        const candidates = Array.isArray(srcset) ? srcset.map(String) : srcset.split(',')
        props.srcSet = candidates
          .map((c) => {
            const [url = '', ...rest] = c.trim().split(/\s+/)
            return [withBasePath(url, basePath), ...rest].join(' ')
          })
          .join(', ')
      }
    })
  }
}
