import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { formatIssue } from '@/lib/content/issues'
import { loadContent, type SiteContent } from '@/lib/content'
import { postCards } from '@/lib/og'

/**
 * Prints every content problem; returns the content when there is no error (warnings are fine),
 * and how many warnings were printed (the build counts them in its summary).
 */
export async function checkContent(
  hooks?: Parameters<typeof loadContent>[1],
): Promise<{ content?: SiteContent; warnings: number }> {
  const { content, issues } = await loadContent(undefined, hooks)
  for (const issue of issues) console.error(formatIssue(issue))
  const errors = issues.filter((i) => i.severity === 'error').length
  if (errors)
    console.error(
      `\n${errors} content error(s): the site was not built and out/ was left as it was.`,
    )
  return { content, warnings: issues.length - errors }
}

// `npm run check:content` runs this file directly; the build runs it with `--reuse-plan FILE
// --out DIR` to also write which post pages it can take from DIR (scripts/reuse-pages.ts), and
// with an IPC channel, over which it sends the posts' preview cards as soon as their titles and
// dates are read, so that the build draws them while this process prepares the bodies.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { 'reuse-plan': { type: 'string' }, out: { type: 'string' } },
  })
  const send = process.send?.bind(process)
  const { content, warnings } = await checkContent({
    onPostHeaders:
      send && ((headers, site) => send({ cards: postCards(headers), siteTitle: site.title })),
  })
  send?.({ warnings })
  if (content && values['reuse-plan'] && values.out) {
    const { planReuse } = await import('./reuse-pages')
    fs.writeFileSync(values['reuse-plan'], JSON.stringify(planReuse(content, values.out)))
  }
  process.exitCode = content ? 0 : 1
}
