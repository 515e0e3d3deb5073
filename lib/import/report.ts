/** One thing the import did or could not do, with the Jekyll file and line it concerns. */
export interface ImportNote {
  /** Path inside the Jekyll site. */
  file: string
  /** 1-based; 0 for the file as a whole. */
  line: number
  /** `flagged` needs a human look; `converted` and `dropped` are recorded for the curious. */
  kind: 'converted' | 'flagged' | 'dropped' | 'skipped'
  message: string
  /**
   * A script of the site's own (its `src` as the page loads it) that this note says throws on the
   * page, on the old site as on the new one: the corpus tests accept exactly these errors.
   */
  throwingScript?: string
}

export interface UrlMove {
  /** An address the Jekyll site answered at. */
  old: string
  /** Where it leads now (the same string when it did not change). */
  new: string
  title: string
  source: string
  /**
   * The old page was a listing the site makes itself at the same URL (`/tags/`, `/search/`): not
   * imported, and compared as a list (every post it linked must still answer).
   */
  sitesOwn?: boolean
}

export interface Repair {
  file: string
  line: number
  found: string
  repaired: string
}

export interface ImportReport {
  counts: {
    posts: number
    drafts: number
    pages: number
    assets: number
    redirects: number
    repairs: number
    flagged: number
  }
  urls: UrlMove[]
  repairs: Repair[]
  notes: ImportNote[]
  /** Files not written because the author changed them since the last import (no --force). */
  kept: string[]
  /** The project's own placeholder files (a sample photo) that the site's files replaced. */
  placeholders?: string[]
}

const where = (n: { file: string; line: number }) => (n.line ? `${n.file}:${n.line}` : n.file)

/** The report as text: counts first, then what needs a human, then the URL table. */
export function formatReport(report: ImportReport, { verbose = false } = {}): string {
  const c = report.counts
  const lines = [
    `Imported ${c.posts} posts (${c.drafts} drafts), ${c.pages} pages, ${c.assets} static files; ${c.redirects} redirects, ${c.repairs} text repairs, ${c.flagged} things to review.`,
  ]
  const flagged = report.notes.filter((n) => n.kind === 'flagged')
  if (flagged.length)
    lines.push('', 'Needs a human look:', ...flagged.map((n) => `  ${where(n)}: ${n.message}`))
  if (report.kept.length)
    lines.push(
      '',
      'Changed since the last import, left as they are (--force overwrites):',
      ...report.kept.map((f) => `  ${f}`),
    )
  if (report.placeholders?.length)
    lines.push(
      '',
      "Replaced the project's placeholder files with the site's own:",
      ...report.placeholders.map((f) => `  ${f}`),
    )
  if (report.repairs.length)
    lines.push(
      '',
      'Double-encoded text repaired:',
      ...report.repairs.map((r) => `  ${where(r)}: "${r.found}" → "${r.repaired}"`),
    )
  const skipped = report.notes.filter((n) => n.kind === 'skipped')
  if (skipped.length)
    lines.push('', 'Not imported:', ...skipped.map((n) => `  ${where(n)}: ${n.message}`))
  if (verbose) {
    const done = report.notes.filter((n) => n.kind === 'converted' || n.kind === 'dropped')
    if (done.length) lines.push('', 'Converted:', ...done.map((n) => `  ${where(n)}: ${n.message}`))
    lines.push('', 'Old URL → new URL:', ...report.urls.map((u) => `  ${u.old} → ${u.new}`))
  }
  return `${lines.join('\n')}\n`
}
