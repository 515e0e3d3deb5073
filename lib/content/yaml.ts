import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml'
import type { z } from 'zod'
import type { IssueList } from './issues'

/** How many alias expansions one YAML document may make; real content uses a handful. */
const MAX_ALIAS_COUNT = 100

export interface ParsedYaml {
  data: unknown
  /** Where the value at `path` is written (1-based), or its nearest existing ancestor. */
  positionOf(path: readonly PropertyKey[]): { line: number; column: number }
}

/**
 * Parses YAML keeping source positions, so schema errors can name the exact line.
 * `lineOffset` is how many lines of the file come before the YAML (front matter starts on line 2).
 */
export function parseYaml(
  text: string,
  file: string,
  issues: IssueList,
  lineOffset = 0,
): ParsedYaml | undefined {
  const lineCounter = new LineCounter()
  // YAML 1.2 core schema: dates stay strings and are parsed (and checked) by the schemas.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const pos = lineCounter.linePos(e.pos[0])
      issues.error(
        file,
        `invalid YAML: ${e.message.split('\n')[0]}`,
        pos.line + lineOffset,
        pos.col,
      )
    }
    return undefined
  }
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset)
    return { line: p.line + lineOffset, column: p.col }
  }
  let data: unknown
  try {
    // Aliases are expanded with a cap (the yaml package's own, 100): a few lines of nested
    // aliases (a "billion laughs") would otherwise expand to gigabytes.
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (err) {
    let first = 0
    visit(doc, {
      Alias: (_, node) => {
        first = node.range?.[0] ?? 0
        return visit.BREAK
      },
    })
    const { line, column } = at(first)
    issues.error(
      file,
      `invalid YAML: ${(err as Error).message} (expected at most ${MAX_ALIAS_COUNT} uses of aliases such as *name)`,
      line,
      column,
    )
    return undefined
  }
  return {
    data,
    positionOf(path) {
      let node: unknown = doc.contents
      let best = at((node as Node | null)?.range?.[0] ?? 0)
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key)
          if (!pair) break
          best = at((pair.key as Node).range?.[0] ?? 0)
          node = pair.value
        } else if (isSeq(node) && typeof key === 'number') {
          node = node.items[key]
          if (!node) break
          best = at((node as Node).range?.[0] ?? 0)
        } else break
      }
      return best
    },
  }
}

/**
 * Validates parsed YAML against a schema. Every problem is recorded at the line of the field it
 * concerns, as `field: what is wrong (expected ...)`. Returns the typed value or undefined.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  file: string,
  issues: IssueList,
  what: string,
): z.output<S> | undefined {
  const result = schema.safeParse(parsed.data ?? {})
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    // An unknown key is reported where it is written, not at the start of its object.
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path
    const { line, column } = parsed.positionOf(at)
    const field = issue.path.length ? issue.path.join('.') : what
    const missing = issue.code === 'invalid_type' && valueAt(parsed.data, issue.path) === undefined
    const message = missing
      ? `missing required field "${field}" (expected ${issue.expected})`
      : `${field}: ${issue.message}`
    issues.error(file, message, line, column)
  }
  return undefined
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}
