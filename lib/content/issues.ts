import path from 'node:path'

/** One problem found in content, pointing at the exact place an author has to look. */
export interface ContentIssue {
  file: string
  line: number
  column: number
  message: string
  severity: 'error' | 'warning'
}

/** Thrown by the loader when content has errors; carries every issue found in the run. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`${issues.filter((i) => i.severity === 'error').length} content error(s)\n${issues.map(formatIssue).join('\n')}`)
    this.name = 'ContentError'
  }
}

export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`
  return issue.severity === 'warning' ? `${where}: warning: ${issue.message}` : `${where}: ${issue.message}`
}

/** File names in messages are relative to the working directory, so editors can open them. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file)
  return rel.startsWith('..') ? file : rel
}

/** Collects issues for one file; line and column are 1-based and default to the file's start. */
export class IssueList {
  readonly items: ContentIssue[] = []

  error(file: string, message: string, line = 1, column = 1): void {
    this.items.push({ file: displayPath(file), line, column, message, severity: 'error' })
  }

  warn(file: string, message: string, line = 1, column = 1): void {
    this.items.push({ file: displayPath(file), line, column, message, severity: 'warning' })
  }

  get hasErrors(): boolean {
    return this.items.some((i) => i.severity === 'error')
  }
}
