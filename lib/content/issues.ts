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
    super(
      `${issues.filter((i) => i.severity === 'error').length} content error(s)\n${issues.map(formatIssue).join('\n')}`,
    )
    this.name = 'ContentError'
  }
}

export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`
  return issue.severity === 'warning'
    ? `${where}: warning: ${issue.message}`
    : `${where}: ${issue.message}`
}

/** File names in messages are relative to the working directory, so editors can open them. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file)
  return rel.startsWith('..') ? file : rel
}

/**
 * Problems listed per file: a file that is wrong everywhere (100,000 unclosed braces) would bury
 * every other file's. Real content has a handful; past the cap one line says the list stops.
 */
export const MAX_ISSUES_PER_FILE = 100

/** Collects issues for one file; line and column are 1-based and default to the file's start. */
export class IssueList {
  readonly items: ContentIssue[] = []
  private readonly perFile = new Map<string, { count: number; more?: ContentIssue }>()

  error(file: string, message: string, line = 1, column = 1): void {
    this.add({ file: displayPath(file), line, column, message, severity: 'error' })
  }

  warn(file: string, message: string, line = 1, column = 1): void {
    this.add({ file: displayPath(file), line, column, message, severity: 'warning' })
  }

  private add(issue: ContentIssue): void {
    const seen = this.perFile.get(issue.file) ?? { count: 0 }
    this.perFile.set(issue.file, seen)
    seen.count++
    if (seen.count <= MAX_ISSUES_PER_FILE) {
      this.items.push(issue)
    } else if (!seen.more) {
      seen.more = {
        ...issue,
        message: `more problems in this file from here on are not listed (only the first ${MAX_ISSUES_PER_FILE} are; fix those and check again)`,
      }
      this.items.push(seen.more)
    } else if (issue.severity === 'error') {
      // An error past the cap still stops the build.
      seen.more.severity = 'error'
    }
  }

  get hasErrors(): boolean {
    return this.items.some((i) => i.severity === 'error')
  }
}
