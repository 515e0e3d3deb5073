import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { formatIssue } from '@/lib/content/issues'
import { loadContent, type SiteContent } from '@/lib/content'

/** Prints every content problem; returns the content when there is no error (warnings are fine). */
export async function checkContent(): Promise<SiteContent | undefined> {
  const { content, issues } = await loadContent()
  for (const issue of issues) console.error(formatIssue(issue))
  const errors = issues.filter((i) => i.severity === 'error').length
  if (errors)
    console.error(
      `\n${errors} content error(s): the site was not built and out/ was left as it was.`,
    )
  return content
}

// `npm run check:content` runs this file directly; the build runs it with `--reuse-plan FILE
// --out DIR` to also write which post pages it can take from DIR (scripts/reuse-pages.ts).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { 'reuse-plan': { type: 'string' }, out: { type: 'string' } },
  })
  const content = await checkContent()
  if (content && values['reuse-plan'] && values.out) {
    const { planReuse } = await import('./reuse-pages')
    fs.writeFileSync(values['reuse-plan'], JSON.stringify(planReuse(content, values.out)))
  }
  process.exitCode = content ? 0 : 1
}
