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
