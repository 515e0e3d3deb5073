import matter from 'gray-matter'
import type { IssueList } from './issues'
import { parseYaml, type ParsedYaml } from './yaml'

export interface FrontMatter {
  parsed: ParsedYaml
  /** The text after the front matter. */
  body: string
  /** The 1-based line of the file on which `body` starts. */
  bodyLine: number
}

// gray-matter only splits the file here; the YAML is parsed with positions by parseYaml.
const splitOnly = { engines: { yaml: () => ({}) } }

/** Splits a Markdown/MDX file into front matter (parsed, with positions) and body. */
export function splitFrontMatter(
  text: string,
  file: string,
  issues: IssueList,
): FrontMatter | undefined {
  const result = matter(text, splitOnly)
  const body = result.content
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length
  // gray-matter keeps the newline after the opening ---, so YAML line 1 is the file's line 1.
  const parsed = parseYaml(result.matter ?? '', file, issues)
  if (!parsed) return undefined
  if (
    parsed.data !== null &&
    parsed.data !== undefined &&
    (typeof parsed.data !== 'object' || Array.isArray(parsed.data))
  ) {
    issues.error(
      file,
      'front matter must be a mapping of keys to values (expected "key: value" lines)',
      2,
      1,
    )
    return undefined
  }
  return { parsed, body, bodyLine }
}
