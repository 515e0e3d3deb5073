import type { Document } from '@/lib/content/documents'
import { renderDocument } from '@/lib/markdown/render'

/** The body of a Markdown or MDX document, with the site's reading typography. */
export async function Prose({ document }: { document: Document }) {
  return <div className="prose">{await renderDocument(document)}</div>
}
