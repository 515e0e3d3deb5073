import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

const URL_PROPERTIES = ['href', 'src', 'poster', 'action', 'data'] as const

/**
 * The canonical form of a site-relative URL: a page path gets its trailing slash (`/oss` →
 * `/oss/`, since every page is exported as a folder) and the base path in front. Other URLs
 * (external, relative, fragments) are left alone.
 */
export function siteUrl(url: string, basePath: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url
  const [, pathname = '', rest = ''] = /^([^?#]*)(.*)$/.exec(url) ?? []
  const last = pathname.split('/').at(-1) ?? ''
  const canonical = (last && !last.includes('.') ? `${pathname}/` : pathname) + rest
  if (!basePath || canonical === basePath || canonical.startsWith(`${basePath}/`)) return canonical
  return basePath + canonical
}

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
        if (typeof value === 'string') props[key] = siteUrl(value, basePath)
      }
      const srcset = props.srcSet
      if (typeof srcset === 'string' || Array.isArray(srcset)) {
        const candidates = Array.isArray(srcset) ? srcset.map(String) : srcset.split(',')
        props.srcSet = candidates
          .map((c) => {
            const [url = '', ...rest] = c.trim().split(/\s+/)
            return [siteUrl(url, basePath), ...rest].join(' ')
          })
          .join(', ')
      }
    })
  }
}
