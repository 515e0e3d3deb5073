import Script from 'next/script'
import { EXIT, visit } from 'unist-util-visit'
import type { Document } from '@/lib/content/documents'
import { url } from '@/lib/urls'

/** Whether a document has a fenced code block (the only thing the copy script works on). */
function hasCode(document: Document): boolean {
  if (document.format === 'mdx') return /^\s*(?:```|~~~)/m.test(document.source)
  let found = false
  visit(document.hast, 'element', (node) => {
    const classes = node.properties.className
    found = Array.isArray(classes) && classes.includes('code-block')
    return found ? EXIT : undefined
  })
  return found
}

/**
 * Loads the copy-button script after the page is interactive, and only on pages with code.
 * Next.js loads each script once, also across client-side navigation.
 */
export function CodeCopyScript({ document }: { document: Document }) {
  if (!hasCode(document)) return null
  return <Script src={url('/code-copy.js')} strategy="afterInteractive" />
}
