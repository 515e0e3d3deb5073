import type { Document } from '@/lib/content/documents'
import { readText } from '@/lib/content/files'
import type { FrontMatter } from '@/lib/content/front-matter'
import type { IssueList } from '@/lib/content/issues'
import type { KramdownOptions } from '@/lib/markdown/kramdown-options'
import { outline } from '@/lib/markdown/outline'
import { notebookFrontMatter } from './front-matter'
import type { NotebookFile } from './images'
import { parseNotebook, type ParsedNotebook } from './parse'
import { renderNotebook } from './render'

export type { NotebookFile } from './images'

/** A notebook post read up to its front matter (lib/content/posts.ts reads the rest). */
export interface NotebookSource {
  text: string
  parsed: ParsedNotebook
  firstCell?: { body: string; bodyLine: number }
}

/**
 * Reads a `.ipynb` post: its JSON checked against nbformat 4, and its front matter from the
 * notebook's metadata and a leading front-matter cell (./front-matter.ts). The front matter has
 * positions in the `.ipynb` file, so a post's usual checks report there.
 */
export function readNotebook(
  file: string,
  issues: IssueList,
): { frontMatter: FrontMatter; notebook: NotebookSource } | undefined {
  const text = readText(file, issues)
  const parsed = text === undefined ? undefined : parseNotebook(text, file, issues)
  const fm = parsed && notebookFrontMatter(parsed, text!, file, issues)
  if (!fm) return undefined
  return {
    frontMatter: { parsed: fm.parsed, body: '', bodyLine: 1 },
    notebook: { text: text!, parsed, firstCell: fm.firstCell },
  }
}

/**
 * A notebook post's body as a Markdown document whose HTML tree is ready (it is kept in memory:
 * notebooks are few and made again by each process that loads the content), and the files its
 * page publishes: the notebook itself, to download, and its output images.
 */
export async function prepareNotebook(
  source: NotebookSource,
  post: { file: string; url: string; slug: string },
  options: { basePath: string; kramdown: KramdownOptions; scripts: boolean },
  issues: IssueList,
): Promise<{ document: Document; files: NotebookFile[] }> {
  const download = `${post.slug}.ipynb`
  const { tree, files } = await renderNotebook(
    source.parsed,
    source.text,
    { ...options, file: post.file, url: post.url, firstCell: source.firstCell, download },
    issues,
  )
  return {
    document: {
      format: 'md',
      file: post.file,
      url: post.url,
      text: '',
      basePath: options.basePath,
      kramdown: options.kramdown,
      hast: tree,
      outline: outline(tree),
    },
    files: [{ from: post.file, name: download }, ...files],
  }
}
