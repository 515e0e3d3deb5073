/**
 * The build-time chart for BENCHMARKS.md: an SVG line chart of cold build time against the number
 * of posts, one line per site generator, with a title and description for screen readers.
 */

export interface Series {
  name: string
  points: { n: number; seconds: number }[]
}

const COLOURS = ['#0b5cad', '#b5400b', '#2e7d32', '#6a1b9a']
const W = 640
const H = 360
const M = { top: 40, right: 130, bottom: 50, left: 60 }

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!,
  )
}

/** A round step for an axis that must reach `max`. */
export function niceStep(max: number, ticks = 5): number {
  const raw = max / ticks
  const power = 10 ** Math.floor(Math.log10(raw))
  return ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power
}

export function buildTimeChart(series: Series[]): string {
  const ns = [...new Set(series.flatMap((s) => s.points.map((p) => p.n)))].sort((a, b) => a - b)
  const maxSeconds = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.seconds)))
  const step = niceStep(maxSeconds)
  const top = Math.ceil(maxSeconds / step) * step
  // Post counts grow by factors of ten, so the x axis is logarithmic (linear for a single size).
  const [lo, hi] = [Math.log10(ns[0] ?? 1), Math.log10(ns.at(-1) ?? 10)]
  const x = (n: number) =>
    M.left + (hi === lo ? 0.5 : (Math.log10(n) - lo) / (hi - lo)) * (W - M.left - M.right)
  const y = (s: number) => H - M.bottom - (s / top) * (H - M.top - M.bottom)
  const out: string[] = []
  const summary = series
    .map(
      (s) =>
        `${s.name}: ${s.points.map((p) => `${p.n} posts in ${p.seconds.toFixed(1)} s`).join(', ')}`,
    )
    .join('; ')
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="title desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="title">Cold build time against number of posts</title>`,
    `<desc id="desc">${escapeXml(summary)}</desc>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${M.left}" y="22" font-size="14" font-weight="bold">Cold build time (s) against posts</text>`,
  )
  for (let s = 0; s <= top; s += step) {
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(s)}" y2="${y(s)}" stroke="#ddd"/>`)
    out.push(`<text x="${M.left - 8}" y="${y(s) + 4}" text-anchor="end">${s}</text>`)
  }
  for (const n of ns)
    out.push(
      `<text x="${x(n)}" y="${H - M.bottom + 18}" text-anchor="middle">${n.toLocaleString('en-GB')}</text>`,
    )
  out.push(
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 12}" text-anchor="middle">posts (log scale)</text>`,
  )
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length]
    const points = [...s.points].sort((a, b) => a.n - b.n)
    out.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.map((p) => `${x(p.n).toFixed(1)},${y(p.seconds).toFixed(1)}`).join(' ')}"/>`,
    )
    for (const p of points)
      out.push(
        `<circle cx="${x(p.n).toFixed(1)}" cy="${y(p.seconds).toFixed(1)}" r="3.5" fill="${colour}"/>`,
      )
    out.push(
      `<line x1="${W - M.right + 14}" x2="${W - M.right + 34}" y1="${M.top + 10 + i * 20}" y2="${M.top + 10 + i * 20}" stroke="${colour}" stroke-width="2"/>`,
    )
    out.push(`<text x="${W - M.right + 40}" y="${M.top + 14 + i * 20}">${escapeXml(s.name)}</text>`)
  })
  out.push('</svg>')
  return out.join('\n') + '\n'
}
