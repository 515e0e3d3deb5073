import { toHtml } from 'hast-util-to-html'
import { VFile } from 'vfile'
import { markdownToHast } from '@/lib/markdown/markdown'

/** Markdown → HTML through the site's real `.md` pipeline, with the messages it left. */
export async function renderMd(
  markdown: string,
  basePath = '',
  pageUrl?: string,
): Promise<{ html: string; messages: string[] }> {
  const file = new VFile({
    path: 'test.md',
    value: markdown,
    data: pageUrl ? { url: pageUrl } : {},
  })
  const hast = await markdownToHast(file, basePath)
  return {
    html: toHtml(hast).trim(),
    messages: file.messages.map(
      (m) => `${m.line}:${m.column}: ${m.fatal ? 'error' : 'warning'}: ${m.reason}`,
    ),
  }
}

/** MDX → HTML through the site's real renderer (next-mdx-remote with the site's plugins). */
export async function renderMdx(source: string, pageUrl = '/notes/'): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server')
  const { renderMdx: render } = await import('@/components/markdown/render')
  const doc = {
    format: 'mdx' as const,
    file: 'test.mdx',
    url: pageUrl,
    source,
    outline: { toc: [], excerpt: '', readingMinutes: 1 },
  }
  return renderToStaticMarkup(await render(doc))
}
