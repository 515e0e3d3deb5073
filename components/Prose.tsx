import 'katex/dist/katex.min.css'
import './notebook.css'
import { CopyScript } from '@/components/copy/CopyControl'
import type { Document } from '@/lib/content/documents'
import { markdownHtml, renderMdx } from '@/components/markdown/render'
import { setAsideBody } from '@/lib/set-aside-body'

/**
 * The body of a Markdown or MDX document, with the site's reading typography. KaTeX's stylesheet
 * is bundled by Next.js with its fonts (self-hosted; a browser fetches a font only for math).
 */
export async function Prose({ document }: { document: Document }) {
  if (document.format === 'mdx') return <div className="prose">{await renderMdx(document)}</div>
  const { html, codeBlocks } = await markdownHtml(document)
  // A long body goes into the page after React, without React's second copy (lib/set-aside-body.ts).
  const setAside = setAsideBody(html)
  return (
    <>
      {codeBlocks > 0 && <CopyScript />}
      {setAside ? (
        <div className="prose" data-gibsonic-body={setAside} />
      ) : (
        <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </>
  )
}
