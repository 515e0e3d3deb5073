import type { IssueList } from './issues'
import { parseYaml, type ParsedYaml } from './yaml'

export interface FrontMatter {
  parsed: ParsedYaml
  /** The text after the front matter. */
  body: string
  /** The 1-based line of the file on which `body` starts. */
  bodyLine: number
}

export interface FrontMatterText {
  /**
   * The YAML between the delimiters, starting right after the opening `---` (so its line 1 is the
   * file's line 1); undefined when the file has no front matter.
   */
  yaml?: string
  /** The text after the closing delimiter line (the whole file when there is no front matter). */
  body: string
  /** The 1-based line of the file on which `body` starts. */
  bodyLine: number
  /** The file opens a front-matter block that no delimiter line closes. */
  unclosed?: boolean
}

/**
 * Jekyll's front-matter rule, for the loader and the Jekyll import alike: the first line is `---`
 * (trailing spaces allowed, after an optional byte-order mark), and the block ends at the next line
 * that is `---` or `...`. A file that does not start so has no front matter.
 */
export function frontMatterText(text: string): FrontMatterText {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text)
  if (!open) return { body: text, bodyLine: 1 }
  const close = /^(?:---|\.\.\.)[ \t]*\r?(?:\n|$)/gm
  close.lastIndex = open[0].length
  const end = close.exec(text)
  if (!end) return { body: text, bodyLine: 1, unclosed: true }
  const yamlStart = open[0].indexOf('---') + 3
  const body = text.slice(end.index + end[0].length)
  return {
    // Up to the newline before the closing line, which is not part of the YAML.
    yaml: text.slice(yamlStart, end.index - 1),
    body,
    bodyLine: text.slice(0, end.index + end[0].length).split('\n').length,
  }
}

/** Splits a Markdown/MDX file into front matter (parsed, with positions) and body. */
export function splitFrontMatter(
  text: string,
  file: string,
  issues: IssueList,
): FrontMatter | undefined {
  const { yaml, body, bodyLine, unclosed } = frontMatterText(text)
  if (unclosed) {
    issues.error(
      file,
      'the front matter opened here is never closed (expected a line "---" after its last key)',
      1,
      1,
    )
    return undefined
  }
  const parsed = parseYaml(yaml ?? '', file, issues)
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
