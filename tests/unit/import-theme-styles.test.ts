import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { planImport } from '@/lib/import/jekyll-site'
import type { ImportNote } from '@/lib/import/report'
import { addsToBody } from '@/lib/import/script-targets'
import { rulesForDrawing, siteStylesheets } from '@/lib/import/theme-styles'

/** A site folder with `files` (path: text). */
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'theme-styles-'))
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const LAYOUT = [
  '<link rel="stylesheet" href="{{ site.baseurl }}/style.css">',
  '<link rel="stylesheet" href="{{ "/css/grid.css" | prepend: site.baseurl }}">',
  '<link rel="stylesheet" href="https://cdn.example.org/elsewhere.css">',
  '<link rel="stylesheet" href="{{ \'/css/missing.css\' | relative_url }}">',
].join('\n')

// The stylesheet the old site's layout linked, made by Jekyll from Sass with partials in _sass.
const STYLE_SCSS = [
  '---',
  '---',
  '@import "colours";',
  'body { margin: 0 }',
  'p { color: $ink }',
  '.sigmoid-line { stroke: $line; fill: none; stroke-width: 1.5 }',
  '#chart .axis text, .nav a { fill: $ink }',
  '@media (max-width: 600px) { .sigmoid-line { stroke-width: 1 } }',
  '@keyframes sigmoid-line { from { opacity: 0 } }',
  '.tooltip { background: url(img/tip.png) }',
].join('\n')

test("the site's stylesheets are found from its layouts and compiled as Jekyll would", () => {
  const dir = site({
    '_layouts/default.html': LAYOUT,
    '_sass/_colours.scss': '$ink: #333; $line: teal;',
    'style.scss': STYLE_SCSS,
    'css/grid.css': '.row { display: flex }',
    '_includes/broken.html': '<link rel="stylesheet" href="/broken.css">',
    'broken.scss': '---\n---\n@import "nowhere";',
  })
  const notes: ImportNote[] = []
  const sheets = siteStylesheets(dir, notes)
  assert.deepEqual(
    sheets.map((s) => [s.source, s.url]),
    [
      ['css/grid.css', '/css/grid.css'],
      ['style.scss', '/style.css'],
    ],
  )
  assert.match(sheets[1]!.root.toString(), /stroke: teal/)
  // One that does not compile is reported at its file, and left out.
  assert.deepEqual(
    notes.map((n) => `${n.file}:${n.line}: ${n.kind}`),
    ['broken.scss:1: flagged'],
  )
  assert.match(notes[0]!.message, /stylesheet \/broken\.css not carried over/)
})

test('the rules copied are those for what the scripts name, scoped to the post', () => {
  const dir = site({
    '_layouts/default.html': LAYOUT,
    '_sass/_colours.scss': '$ink: #333; $line: teal;',
    'style.scss': STYLE_SCSS,
    'css/grid.css': '.row { display: flex }',
  })
  const sheets = siteStylesheets(dir, [])
  const { css, count, from } = rulesForDrawing(
    sheets,
    new Set(['sigmoid-line', 'chart', 'axis', 'tooltip']),
  )
  const flat = css.replace(/\s+/g, ' ')
  assert.equal(count, 4)
  assert.deepEqual(from, ['style.scss'])
  // Whole-page selectors, bare element selectors, keyframes and selectors naming anything the
  // scripts do not (`.nav`) stay behind.
  assert.doesNotMatch(css, /body|^p |\.nav|@keyframes|\.row/m)
  assert.match(flat, /\.prose \.sigmoid-line \{ stroke: teal; fill: none; stroke-width: 1\.5; \}/)
  assert.match(flat, /\.prose #chart \.axis text \{ fill: #333; \}/)
  assert.match(
    flat,
    /@media \(max-width: 600px\) \{ \.prose \.sigmoid-line \{ stroke-width: 1; \} \}/,
  )
  // A relative url() is relative to where the old stylesheet was served.
  assert.match(flat, /\.prose \.tooltip \{ background: url\(\/img\/tip\.png\); \}/)
  assert.equal(rulesForDrawing(sheets, new Set(['other'])).count, 0)
})

// The whole import: a post whose script draws a `.sigmoid-line` links a stylesheet of its own with
// that rule; in the dark theme its fill and stroke stay (the drawing has a light backing there).
test('an imported chart post links the rules its drawing needs', () => {
  const dir = site({
    '_config.yml': 'title: T\n',
    '_layouts/default.html': `${LAYOUT}\n{{ content }}`,
    '_layouts/post.html': '---\nlayout: default\n---\n{{ content }}',
    '_sass/_colours.scss': '$ink: #333; $line: teal;',
    'style.scss': STYLE_SCSS,
    'css/grid.css': '.row { display: flex }',
    'js/sigmoid.js': 'd3.select("#chart").append("path").attr("class", "sigmoid-line")',
    '_posts/2020-01-02-chart.md':
      '---\nlayout: post\ntitle: Chart\n---\nText.\n\n<div id="chart"></div>\n<script src="/js/sigmoid.js"></script>\n',
  })
  const plan = planImport(dir)
  const css = plan.files.find((f) => f.target.endsWith('-site.css'))
  assert.ok(css, plan.files.map((f) => f.target).join('\n'))
  assert.equal(css.target, 'public/assets/css/imported/2020-01-02-chart-site.css')
  const post = plan.files.find((f) => f.target === 'content/posts/2020-01-02-chart.md')!
  assert.match(
    String(post.data),
    /<link rel="stylesheet" href="\/assets\/css\/imported\/2020-01-02-chart-site\.css">/,
  )
  // Fill and stroke in both themes; nothing else here paints.
  assert.match(
    String(css.data).replace(/\s+/g, ' '),
    /\.prose \.sigmoid-line \{ stroke: teal; fill: none;/,
  )
  assert.ok(
    plan.report.notes.some(
      (n) =>
        n.file === '_posts/2020-01-02-chart.md' &&
        n.kind === 'converted' &&
        n.message.startsWith("2 rule(s) of the site's stylesheets (style.scss)"),
    ),
    plan.report.notes.map((n) => n.message).join('\n'),
  )
})

// A tooltip that a script adds to `<body>` is outside the post's text, where `.prose` rules do not
// reach: the rules for what such scripts draw also apply from a child of `<body>` down.
test('a script that adds elements to <body> gets its rules there too', () => {
  for (const script of [
    'd3.select("body").append("div").attr("class", "tooltip")',
    "var tip = d3.select('body')\n  .append('div')",
    '$("body").append(\'<div class="tooltip"></div>\')',
    'document.body.appendChild(tip)',
    'document.querySelector(`body`).insertAdjacentHTML("beforeend", html)',
  ])
    assert.ok(addsToBody([script]), script)
  for (const script of [
    'd3.select(this.svgElement).append("div").attr("class", "tooltip")',
    'd3.select("#body").append("p")',
    'document.body.style.overflow = "hidden"',
    'const body = d3.select("#chart"); body.append("g")',
  ])
    assert.ok(!addsToBody([script]), script)

  const sheets = siteStylesheets(
    site({
      '_layouts/default.html': LAYOUT,
      '_sass/_colours.scss': '$ink: #333; $line: teal;',
      'style.scss': STYLE_SCSS,
    }),
    [],
  )
  const names = new Set(['sigmoid-line', 'tooltip'])
  const flat = (css: string) => css.replace(/\s+/g, ' ')
  assert.match(
    flat(rulesForDrawing(sheets, names, { toBody: true }).css),
    /\.prose \.tooltip, body > \.tooltip \{ background: url\(\/img\/tip\.png\); \}/,
  )
  assert.match(
    flat(rulesForDrawing(sheets, names, { toBody: true }).css),
    /@media \(max-width: 600px\) \{ \.prose \.sigmoid-line, body > \.sigmoid-line \{/,
  )
  assert.doesNotMatch(rulesForDrawing(sheets, names).css, /body >/)

  // Through the import: the post's script adds its tooltip to <body>.
  const dir = site({
    '_config.yml': 'title: T\n',
    '_layouts/default.html': `${LAYOUT}\n{{ content }}`,
    '_sass/_colours.scss': '$ink: #333; $line: teal;',
    'style.scss': STYLE_SCSS,
    'js/tip.js':
      'var tip = d3.select("body").append("div").attr("class", "tooltip")\nd3.select("#chart").append("path").attr("class", "sigmoid-line")',
    '_posts/2020-01-02-chart.md':
      '---\nlayout: default\ntitle: Chart\n---\n<div id="chart"></div>\n<script src="/js/tip.js"></script>\n',
  })
  const css = planImport(dir).files.find((f) => f.target.endsWith('-site.css'))
  assert.ok(css)
  assert.match(flat(String(css.data)), /body > \.tooltip \{/)
})
