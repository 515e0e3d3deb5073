import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser'
import type { IssueList } from '@/lib/content/issues'
import { validate, type ParsedYaml } from '@/lib/content/yaml'
import { positionIn } from '@/lib/text-position'
import { notebookSchema, type Notebook } from './schema'

export interface Position {
  line: number
  column: number
}

/** A notebook read from its JSON, with the JSON's syntax tree kept for positions. */
export interface ParsedNotebook extends ParsedYaml {
  notebook: Notebook
  /** The file position of a character offset into the JSON text. */
  at(offset: number): Position
  /** The JSON node at `path` (`['cells', 3, 'source']`), if there is one. */
  node(path: readonly (string | number)[]): Node | undefined
}

/** What each of jsonc-parser's error codes means to an author. */
const EXPECTED: Partial<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," between values',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected the end of the file after the notebook',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'string is not closed',
  UnexpectedEndOfNumber: 'number is cut short',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidCharacter: 'control character in a string (expected it escaped, as \\n or \\t)',
}

/**
 * Parses a `.ipynb` file: strict JSON (jsonc-parser with comments and trailing commas refused),
 * then nbformat 4's shape. Every problem is recorded at its line and column in the file; returns
 * undefined when there was one.
 */
export function parseNotebook(
  text: string,
  file: string,
  issues: IssueList,
): ParsedNotebook | undefined {
  const at = positionIn(text)
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
  for (const e of errors.slice(0, 10)) {
    const { line, column } = at(e.offset)
    const code = printParseErrorCode(e.error)
    issues.error(
      file,
      `invalid notebook JSON: ${EXPECTED[code] ?? code} (expected a notebook as Jupyter saves it)`,
      line,
      column,
    )
  }
  if (errors.length || !root) {
    if (!errors.length) issues.error(file, 'the notebook is empty (expected a Jupyter notebook)')
    return undefined
  }
  const node = (path: readonly (string | number)[]) => findNodeAtLocation(root, [...path])
  const positionOf = (path: readonly PropertyKey[]): Position => {
    let best = at(root.offset)
    const keys: (string | number)[] = []
    for (const key of path) {
      if (typeof key === 'symbol') break
      keys.push(key)
      const found = node(keys)
      if (!found) break
      // A property's value: point at its key, as YAML positions do.
      best = at(found.parent?.type === 'property' ? found.parent.offset : found.offset)
    }
    return best
  }
  const data = getNodeValue(root) as unknown
  const version = (data as { nbformat?: unknown } | null)?.nbformat
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    issues.error(file, 'a notebook is a JSON object (expected {"cells": [...], ...})', 1, 1)
    return undefined
  }
  if (version !== 4) {
    const { line, column } = positionOf(['nbformat'])
    issues.error(
      file,
      version === undefined
        ? 'missing "nbformat" (expected 4: a Jupyter notebook saved since 2015)'
        : `nbformat: ${JSON.stringify(version)} is not supported (expected 4: open and save the notebook in Jupyter to convert it)`,
      line,
      column,
    )
    return undefined
  }
  const parsed = { data, positionOf }
  const notebook = validate(notebookSchema, parsed, file, issues, 'notebook')
  return notebook && { ...parsed, notebook, at, node }
}
