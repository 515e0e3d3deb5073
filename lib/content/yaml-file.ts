import fs from 'node:fs'
import path from 'node:path'
import type { z } from 'zod'
import { readText } from './files'
import type { IssueList } from './issues'
import { parseYaml, validate, type ParsedYaml } from './yaml'

/**
 * Reads `<dir>/<name>` (talks.yaml, news.yaml, cv.yaml, oss.yaml), parses it keeping positions and
 * validates it. Undefined when the file does not exist (the site has no such section) or has
 * errors (recorded in `issues`); `parsed` lets the caller report later checks at their lines.
 */
export function loadYamlFile<S extends z.ZodType>(
  dir: string,
  name: string,
  schema: S,
  issues: IssueList,
): { file: string; parsed: ParsedYaml; data: z.output<S> } | undefined {
  const file = path.join(dir, name)
  if (!fs.existsSync(file)) return undefined
  const text = readText(file, issues)
  const parsed = text === undefined ? undefined : parseYaml(text, file, issues)
  const data = parsed && validate(schema, parsed, file, issues, name)
  return parsed && data !== undefined ? { file, parsed, data } : undefined
}
