import { formatIssue, type ContentIssue } from '@/lib/content/issues'
import { loadContent, type SiteContent } from '@/lib/content'

/** Prints every content problem; returns the content when there is no error (warnings are fine). */
export async function checkContent(): Promise<SiteContent | undefined> {
  const { content, issues } = await loadContent()
  const errors = issues.filter((i: ContentIssue) => i.severity === 'error')
  for (const issue of issues) console.error(formatIssue(issue))
  if (errors.length)
    console.error(
      `\n${errors.length} content error(s): the site was not built and out/ was left as it was.`,
    )
  return errors.length ? undefined : content
}

// `npm run check:content` runs this file directly.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await checkContent()) ? 0 : 1
}
