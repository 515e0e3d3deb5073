import type { SiteComparison } from './compare'

export interface Summary {
  pages: number
  content: number
  listings: number
  redirects: number
  unmatched: number
  losses: number
  improvements: number
  known: number
  missingFiles: number
}

export function summarize(result: SiteComparison): Summary {
  const all = result.pages.flatMap((p) => p.differences)
  const count = (mode: string) => result.pages.filter((p) => p.mode === mode).length
  return {
    pages: result.pages.length,
    content: count('content'),
    listings: count('listing'),
    redirects: count('redirect'),
    unmatched: count('unmatched'),
    losses: all.filter((d) => d.verdict === 'loss').length + result.missingFiles.length,
    improvements: all.filter((d) => d.verdict === 'improvement').length,
    known: all.filter((d) => d.verdict === 'known').length + result.themeFiles.length,
    missingFiles: result.missingFiles.length,
  }
}

/** The short summary the command prints. */
export function formatSummary(s: Summary, details?: string): string {
  return [
    `Compared ${s.pages} old pages: ${s.content} by content, ${s.listings} post lists, ${s.redirects} redirects, ${s.unmatched} without a new page.`,
    `${s.losses} unexplained losses (${s.missingFiles} old files not served), ${s.improvements} improvements, ${s.known} known differences.`,
    ...(details ? [`Details: ${details}`] : []),
  ].join('\n')
}

/** Every page with its differences, losses first. */
export function formatDetails(result: SiteComparison): string {
  const lines: string[] = []
  const order = { loss: 0, known: 1, improvement: 2 }
  for (const page of result.pages) {
    const head = `${page.old} → ${page.new ?? '(none)'}${page.source ? ` [${page.source}]` : ''} (${page.mode}${page.wordsOld ? `, ${page.wordsOld} words, ${page.wordsLost} lost` : ''})`
    lines.push(head)
    for (const d of [...page.differences].sort((a, b) => order[a.verdict] - order[b.verdict]))
      lines.push(
        `  ${d.verdict === 'loss' ? 'LOST' : d.verdict === 'known' ? 'known' : 'better'} ${d.kind}: ${d.detail}`,
      )
  }
  if (result.themeFiles.length)
    lines.push(
      '',
      'Old files from outside the site folder (a theme gem), not imported:',
      ...result.themeFiles.map((f) => `  ${f}`),
    )
  if (result.missingFiles.length)
    lines.push(
      '',
      'Old files the new site does not serve:',
      ...result.missingFiles.map((f) => `  ${f}`),
    )
  return `${lines.join('\n')}\n`
}
