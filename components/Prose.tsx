import 'katex/dist/katex.min.css'
import type { Document } from '@/lib/content/documents'
import { renderDocument } from '@/lib/markdown/render'

/**
 * The body of a Markdown or MDX document, with the site's reading typography. KaTeX's stylesheet
 * is bundled by Next.js with its fonts (self-hosted; a browser fetches a font only for math).
 */
export async function Prose({ document }: { document: Document }) {
  return <div className="prose">{await renderDocument(document)}</div>
}
