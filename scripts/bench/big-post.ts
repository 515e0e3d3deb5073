/**
 * A content folder with one very large post, for measuring how the build scales with the size of
 * a single file (issue 16: a post of several MB must check and build in bounded time and memory).
 *
 *   npx tsx scripts/bench/big-post.ts --out DIR [--mb 5]
 *
 * The post is what a long report or an imported book looks like: sections and subsections with
 * prose, inline and display math, links (external, to its own sections, by reference), bulleted,
 * nested and numbered lists, tables (some with footnote calls in cells), fenced code in several
 * languages and footnotes defined at the end. It is `--mb` MiB of Markdown, give or take one
 * section. The same arguments always write the same bytes: the text comes from a seeded PRNG.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { paragraph, prng, sentence } from './generate'

export const BIG_POST_FILE = 'posts/2025-06-01-big-post.md'

const LANGS: Record<string, (n: number) => string> = {
  python: (n) =>
    `def step_${n}(state, grid):\n    for i in range(len(grid)):\n        state[i] = grid[i] * ${n} + state[i - 1]\n    return state`,
  ts: (n) =>
    `export function step${n}(xs: number[]): number[] {\n  return xs.map((x, i) => x * ${n} + (xs[i - 1] ?? 0))\n}`,
  c: (n) =>
    `void step_${n}(float *x, size_t len) {\n  for (size_t i = 1; i < len; i++) x[i] += x[i - 1] * ${n};\n}`,
  bash: (n) => `for run in $(seq 1 ${n}); do\n  ./bench --run "$run" >> runs.txt\ndone`,
}

/** A section's heading id: set explicitly, so links to it do not depend on the slug rules. */
const sectionId = (s: number) => `sec-${s}`

function list(random: () => number): string {
  const items = Array.from({ length: 3 + Math.floor(random() * 5) }, (_, i) => {
    const item = `- ${sentence(random, 5 + Math.floor(random() * 10))}`
    // Every third item has a nested list.
    if (i % 3 !== 1) return item
    const nested = Array.from({ length: 2 }, () => `  - ${sentence(random, 4)}`)
    return [item, ...nested].join('\n')
  })
  return items.join('\n')
}

function orderedList(random: () => number): string {
  return Array.from(
    { length: 3 + Math.floor(random() * 4) },
    (_, i) => `${i + 1}. ${sentence(random, 6 + Math.floor(random() * 8))}`,
  ).join('\n')
}

/** A results table of `rows` rows; one cell in ten calls footnote `note`. */
function table(random: () => number, rows: number, note: number): string {
  const lines = [
    '| Run | Kernel | Latency (ms) | Memory (KB) | Note |',
    '| ---: | --- | ---: | ---: | --- |',
  ]
  for (let r = 0; r < rows; r++) {
    const remark = random() < 0.1 ? `see[^${note}]` : sentence(random, 3).slice(0, -1)
    lines.push(
      `| ${r + 1} | \`k${Math.floor(random() * 100)}\` | ${(random() * 10).toFixed(3)} | ${Math.floor(random() * 4096)} | ${remark} |`,
    )
  }
  return lines.join('\n')
}

function section(random: () => number, s: number): { text: string; definitions: string[] } {
  const notes: number[] = []
  const note = () => {
    const n = s * 4 + notes.length + 1
    notes.push(n)
    return `[^${n}]`
  }
  const parts = [
    `## ${sentence(random, 3 + Math.floor(random() * 3)).slice(0, -1)} {#${sectionId(s)}}`,
  ]
  parts.push(paragraph(random) + note(), paragraph(random))
  parts.push(
    `As [the previous section](#${sectionId(Math.max(0, s - 1))}) and the [reference manual][manual] say, ` +
      `[the measurements](https://example.org/runs/${s}) agree. ${sentence(random)}`,
  )
  parts.push(list(random))
  parts.push(`### ${sentence(random, 3).slice(0, -1)}`)
  parts.push(paragraph(random), orderedList(random))
  parts.push(
    `$$\n\\sum_{i=0}^{${s + 2}} a_i b_i = \\frac{1}{n} \\int_0^1 f_{${s}}(x)\\,dx\n$$`,
    paragraph(random) + note(),
  )
  const lang = Object.keys(LANGS)[s % 4]!
  parts.push('```' + lang + '\n' + LANGS[lang]!(s) + '\n```')
  // Most tables are short; one section in five has a long one.
  parts.push(table(random, s % 5 === 0 ? 60 : 6, notes[0]!))
  parts.push(paragraph(random) + note())
  const definitions = notes.map((n) => `[^${n}]: ${sentence(random, 6 + (n % 10))}`)
  return { text: parts.join('\n\n'), definitions }
}

/** The post's Markdown (front matter included): `mb` MiB, give or take one section. */
export function bigPost(mb: number): string {
  const random = prng(16)
  const target = mb * 2 ** 20
  const head =
    '---\ntitle: "A very large post"\ndate: 2025-06-01\ntags: [benchmark]\n---\n\n' +
    `${paragraph(random)}\n\n<!--more-->\n\n`
  const sections: string[] = []
  // Footnotes are defined at the end, as most authors write them.
  const definitions: string[] = []
  let bytes = head.length
  for (let s = 0; bytes < target; s++) {
    const part = section(random, s)
    sections.push(part.text)
    definitions.push(...part.definitions)
    bytes += part.text.length + 2 + part.definitions.reduce((sum, d) => sum + d.length + 2, 0)
  }
  return (
    head +
    sections.join('\n\n') +
    '\n\n[manual]: https://example.org/manual "The manual"\n\n' +
    definitions.join('\n\n') +
    '\n'
  )
}

/** The step times (seconds) from the summary line `npm run build` prints last. */
export function stepSeconds(log: string): Record<string, number> {
  const line = /^Steps: (.*)$/m.exec(log)?.[1] ?? ''
  return Object.fromEntries(
    [...line.matchAll(/([^,]+?) ([\d.]+) s(?:,|$)/g)].map(([, name, seconds]) => [
      name!.trim(),
      Number(seconds),
    ]),
  )
}

/**
 * Writes a content folder into `dir` (emptied first): the minimal fixture site's site.yaml and
 * pages, and the big post. Returns the post's path.
 */
export function writeBigPostSite(dir: string, mb: number): string {
  fs.rmSync(dir, { recursive: true, force: true })
  const base = 'tests/fixtures/minimal-site'
  fs.mkdirSync(path.join(dir, 'posts'), { recursive: true })
  fs.cpSync(path.join(base, 'site.yaml'), path.join(dir, 'site.yaml'))
  fs.cpSync(path.join(base, 'pages'), path.join(dir, 'pages'), { recursive: true })
  const file = path.join(dir, BIG_POST_FILE)
  fs.writeFileSync(file, bigPost(mb))
  return file
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, mb: { type: 'string', default: '5' } },
  })
  const mb = Number(values.mb)
  if (!values.out || !(mb > 0)) {
    console.error('usage: tsx scripts/bench/big-post.ts --out DIR [--mb 5]')
    process.exit(2)
  }
  const file = writeBigPostSite(values.out, mb)
  console.log(`Wrote ${file} (${(fs.statSync(file).size / 2 ** 20).toFixed(2)} MiB)`)
}
