import { displayPath, type IssueList } from './issues'
import { normaliseRedirect } from './permalink'

/** One old URL and where it now leads. */
export interface Redirect {
  from: string
  to: string
  /** The file that asked for it, and where, for duplicate-URL messages. */
  file: string
  urlAt: { line: number; column: number }
}

/** A page's or post's `redirect_from` addresses, checked, without duplicates or its own URL. */
export function collectRedirects(
  froms: string[],
  to: string,
  file: string,
  at: { line: number; column: number },
  issues: IssueList,
): Redirect[] {
  const redirects: Redirect[] = []
  for (const from of froms) {
    const result = normaliseRedirect(from)
    if ('error' in result) issues.error(file, result.error, at.line, at.column)
    else if (result.url !== to && !redirects.some((r) => r.from === result.url))
      redirects.push({ from: result.url, to, file: displayPath(file), urlAt: at })
  }
  return redirects
}
