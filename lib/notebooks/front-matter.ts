import { splitFrontMatter } from '@/lib/content/front-matter'
import { IssueList } from '@/lib/content/issues'
import type { ParsedYaml } from '@/lib/content/yaml'
import type { ParsedNotebook } from './parse'
import { cellPositions } from './positions'

export interface NotebookFrontMatter {
  /** The post's front matter, with every position in the `.ipynb` file. */
  parsed: ParsedYaml
  /** The first cell held front matter: a raw cell is left out, a Markdown cell keeps the rest. */
  firstCell?: { body: string; bodyLine: number }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * A notebook post's front matter: the notebook's metadata (`title`, `date`, `tags`, ... beside
 * Jupyter's own `kernelspec`), overridden by a leading raw or Markdown cell that starts with a
 * `---` YAML block, as Quarto and Jupytext write it. YAML problems are reported at their place in
 * the file. Returns undefined when the cell's YAML is invalid.
 */
export function notebookFrontMatter(
  nb: ParsedNotebook,
  text: string,
  file: string,
  issues: IssueList,
): NotebookFrontMatter | undefined {
  const metadata = isObject(nb.notebook.metadata) ? nb.notebook.metadata : {}
  const fromMetadata = (path: readonly PropertyKey[]) => nb.positionOf(['metadata', ...path])
  const first = nb.notebook.cells[0]
  if (!first || first.cell_type === 'code' || !/^---[ \t]*\n/.test(first.source))
    return { parsed: { data: metadata, positionOf: fromMetadata } }

  const map = cellPositions(text, nb.node(['cells', 0, 'source']), nb.at)
  const own = new IssueList()
  const fm = splitFrontMatter(first.source, file, own)
  for (const issue of own.items) {
    const { line, column } = map(issue.line, issue.column)
    if (issue.severity === 'error') issues.error(file, issue.message, line, column)
    else issues.warn(file, issue.message, line, column)
  }
  if (!fm) return undefined
  const cellData = isObject(fm.parsed.data) ? fm.parsed.data : {}
  return {
    parsed: {
      data: { ...metadata, ...cellData },
      positionOf: (path) => {
        if (path.length && !(String(path[0]) in cellData) && String(path[0]) in metadata)
          return fromMetadata(path)
        const { line, column } = fm.parsed.positionOf(path)
        return map(line, column)
      },
    },
    firstCell: { body: first.cell_type === 'raw' ? '' : fm.body, bodyLine: fm.bodyLine },
  }
}
