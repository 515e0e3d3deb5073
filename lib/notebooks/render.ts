import type { Element, ElementContent, Root, RootContent } from 'hast'
import { h } from 'hastscript'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { IssueList } from '@/lib/content/issues'
import rehypeCode from '@/lib/markdown/code'
import rehypeExternalLinks from '@/lib/markdown/external-links'
import type { KramdownOptions } from '@/lib/markdown/kramdown-options'
import { markdownToHast } from '@/lib/markdown/markdown'
import rehypeFocusableScroll from '@/lib/markdown/scrollable'
import rehypeSiteUrls from '@/lib/markdown/site-urls'
import { visit } from '@/lib/markdown/visit'
import { IMAGE_TYPES, outputImage, type ImageType, type NotebookFile } from './images'
import { renderOutput, type OutputContext } from './outputs'
import type { ParsedNotebook, Position } from './parse'
import { cellPositions } from './positions'
import type { NotebookCell } from './schema'

export interface RenderOptions {
  file: string
  /** The post's site path. */
  url: string
  basePath: string
  kramdown: KramdownOptions
  /** Whether the post's own Markdown may carry scripts (content.scripts); outputs never may. */
  scripts: boolean
  /** The first cell's Markdown after its front matter (empty for a raw cell), if it had some. */
  firstCell?: { body: string; bodyLine: number }
  /** The notebook's name in the post's folder, for the download link. */
  download: string
}

type Mapper = (line: number, column: number) => Position

/**
 * A notebook as one HTML tree: Markdown cells through the site's Markdown pipeline (math,
 * kramdown, links checked), code cells highlighted in the kernel's language, and their outputs.
 * Raw cells are for other converters and are not shown. Problems are recorded at their place in
 * the `.ipynb` file. Returns the tree and the files (images) to publish beside the page.
 */
export async function renderNotebook(
  nb: ParsedNotebook,
  text: string,
  options: RenderOptions,
  issues: IssueList,
): Promise<{ tree: Root; files: NotebookFile[] }> {
  const { file, url, basePath } = options
  const files: NotebookFile[] = []
  const data = { url, scripts: options.scripts }
  const vfile = () => new VFile({ path: file, data: { ...data } })
  const report = (messages: VFile['messages'], map: Mapper) => {
    for (const m of messages) {
      const { line, column } = map(m.line ?? 1, m.column ?? 1)
      if (m.fatal) issues.error(file, m.reason, line, column)
      else issues.warn(file, m.reason, line, column)
    }
  }
  const markdown = async (source: string, map: Mapper) => {
    const input = new VFile({ path: file, value: source, data: { ...data } })
    const tree = await markdownToHast(input, basePath, options.kramdown)
    report(input.messages, map)
    return tree.children as ElementContent[]
  }
  const finish = async (
    nodes: ElementContent[],
    plugins: { run(tree: Root, file: VFile): Promise<unknown> } = outputSteps(basePath),
    into = vfile(),
  ) => {
    const root: Root = { type: 'root', children: nodes }
    await plugins.run(root, into)
    return root.children as ElementContent[]
  }
  const language = (
    nb.notebook.metadata.kernelspec?.language ??
    nb.notebook.metadata.language_info?.name ??
    'text'
  ).toLowerCase()
  const ids = new Set<string>()
  const children: RootContent[] = await finish([
    h('div.nb-download', [
      h('a', { href: `${url}${options.download}`, download: options.download }, [
        `Download the notebook (${options.download})`,
      ]),
    ]),
  ])

  let codeCells = 0
  for (const [index, cell] of nb.notebook.cells.entries()) {
    const at = nb.node(['cells', index])
    const cellStart = at ? nb.at(at.offset) : { line: 1, column: 1 }
    const map = cellPositions(text, nb.node(['cells', index, 'source']), nb.at)
    let nodes: ElementContent[] = []
    if (cell.cell_type === 'markdown') {
      const first = index === 0 ? options.firstCell : undefined
      const source = first ? '\n'.repeat(first.bodyLine - 1) + first.body : cell.source
      nodes = await markdown(source, map)
      nodes = await attachments(nodes, cell, { url, vfile: vfile(), files, cell: 0 }, finish, () =>
        issues.warn(
          file,
          'a Markdown cell shows an attachment the notebook does not hold (expected a PNG, JPEG or SVG in the cell’s "attachments")',
          cellStart.line,
          cellStart.column,
        ),
      )
    } else if (cell.cell_type === 'code') {
      codeCells++
      if (!cell.source.trim() && !cell.outputs.length) continue
      const code = vfile()
      const block: ElementContent[] = cell.source.trim()
        ? await finish(
            [h('pre', h('code', { className: [`language-${language}`] }, cell.source))],
            unified().use(rehypeCode).use(rehypeFocusableScroll),
            code,
          )
        : []
      report(code.messages, map)
      const context: OutputContext = {
        url,
        vfile: vfile(),
        files,
        cell: codeCells,
        markdown: (value) => markdown(value, () => cellStart),
        finish: (n) => finish(n),
      }
      const outputs: ElementContent[] = []
      for (const [o, output] of cell.outputs.entries()) {
        const shown = await renderOutput(output, context)
        outputs.push(...shown.nodes)
        if (shown.dropped) {
          const where = nb.at(nb.node(['cells', index, 'outputs', o])?.offset ?? 0)
          issues.warn(
            file,
            `an output of code cell ${codeCells} holds scripts or widgets; they are left out of the page, which says so`,
            where.line,
            where.column,
          )
        }
      }
      nodes = [
        h('div.nb-cell', [...block, ...(outputs.length ? [h('div.nb-outputs', outputs)] : [])]),
      ]
    }
    children.push(...uniqueIds(nodes, ids))
  }
  return { tree: { type: 'root', children }, files }
}

/** Base path, external-link marks and focusable scrolling, for HTML not made from Markdown. */
function outputSteps(basePath: string) {
  return unified()
    .use(rehypeSiteUrls, { basePath })
    .use(rehypeExternalLinks)
    .use(rehypeFocusableScroll)
}

/** `![plot](attachment:plot.png)` in a Markdown cell: the image the cell carries in its JSON. */
async function attachments(
  nodes: ElementContent[],
  cell: Extract<NotebookCell, { cell_type: 'markdown' }>,
  context: Pick<OutputContext, 'url' | 'vfile' | 'files' | 'cell'>,
  finish: (nodes: ElementContent[]) => Promise<ElementContent[]>,
  missing: () => void,
): Promise<ElementContent[]> {
  const root: Root = { type: 'root', children: nodes }
  const found: { parent: Element | Root; index: number; image: Element }[] = []
  visit(root, 'element', (node: Element, index, parent) => {
    const src = node.tagName === 'img' ? String(node.properties.src ?? '') : ''
    if (!src.startsWith('attachment:') || !parent || index === undefined) return
    const bundle = cell.attachments?.[decodeURIComponent(src.slice('attachment:'.length))] ?? {}
    const type = (Object.keys(IMAGE_TYPES) as ImageType[]).find(
      (t) => typeof bundle[t] === 'string',
    )
    const alt = String(node.properties.alt ?? '')
    const made = type && outputImage(type, bundle[type] as string, {}, alt, context)
    if (made) found.push({ parent: parent as Element | Root, index, image: made.image })
    else missing()
  })
  for (const { parent, index, image } of found)
    parent.children[index] = (await finish([image]))[0] as Element
  return root.children as ElementContent[]
}

/**
 * Heading ids are made per cell; a second "Results" heading in a later cell gets "results-1", and
 * the cell's own links to it follow.
 */
function uniqueIds(nodes: ElementContent[], seen: Set<string>): ElementContent[] {
  const renamed = new Map<string, string>()
  const root: Root = { type: 'root', children: nodes }
  visit(root, 'element', (node: Element) => {
    const id = node.properties.id
    if (typeof id !== 'string') return
    let unique = id
    for (let n = 1; seen.has(unique); n++) unique = `${id}-${n}`
    seen.add(unique)
    if (unique !== id) {
      renamed.set(id, unique)
      node.properties.id = unique
    }
  })
  if (renamed.size)
    visit(root, 'element', (node: Element) => {
      const href = node.properties.href
      if (typeof href === 'string' && href.startsWith('#') && renamed.has(href.slice(1)))
        node.properties.href = `#${renamed.get(href.slice(1))}`
    })
  return root.children as ElementContent[]
}
