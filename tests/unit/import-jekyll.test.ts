import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { mapAnalytics, mapConfig } from '@/lib/import/config'
import { mapPostFrontMatter, readFrontMatter } from '@/lib/import/front-matter'
import { convertLiquid, type LiquidImportContext } from '@/lib/import/liquid'
import { applyPlan } from '@/lib/import/manifest'
import { convertMathJax } from '@/lib/import/math'
import {
  canonicalUrl,
  jekyllPageUrl,
  jekyllPostUrl,
  permalinkPattern,
} from '@/lib/import/permalink'
import { convertScripts } from '@/lib/import/scripts'

// Jekyll's documentation (docs/_docs/permalinks.md): a post `_posts/2009-04-29-slap-chop.md`
// with `categories: [food, Recipes]`, under each built-in style and some placeholders.
const POST = {
  date: { year: 2009, month: 4, day: 29, hour: 8, minute: 5, second: 9 },
  slug: 'slap-chop',
  categories: ['food', 'Recipes'],
  outputExt: '.html',
}
const POST_CASES: [string, string][] = [
  ['date', '/food/recipes/2009/04/29/slap-chop.html'],
  ['pretty', '/food/recipes/2009/04/29/slap-chop/'],
  ['ordinal', '/food/recipes/2009/119/slap-chop.html'],
  ['weekdate', '/food/recipes/2009/W18/Wed/slap-chop.html'],
  ['none', '/food/recipes/slap-chop.html'],
  ['/:year/:i_month/:i_day/:short_year/:title', '/2009/4/29/09/slap-chop'],
  ['/:categories/:hour-:minute-:second/:slug/', '/food/recipes/08-05-09/slap-chop/'],
  ['/:short_month/:long_month/:long_day/:title:output_ext', '/Apr/April/Wednesday/slap-chop.html'],
]
for (const [style, expected] of POST_CASES)
  test(`Jekyll post URL for permalink ${style}`, () => {
    assert.equal(jekyllPostUrl(permalinkPattern(style), POST), expected)
  })

test('a post without categories leaves no empty segment', () => {
  assert.equal(
    jekyllPostUrl(permalinkPattern('pretty'), { ...POST, categories: [] }),
    '/2009/04/29/slap-chop/',
  )
})

test('page URLs follow the site style: pretty folders, .html otherwise, index is its folder', () => {
  const about = { dir: '', basename: 'about', outputExt: '.html' }
  assert.equal(jekyllPageUrl(about, 'pretty'), '/about/')
  assert.equal(jekyllPageUrl(about, 'date'), '/about.html')
  assert.equal(jekyllPageUrl(about, '/:year/:title'), '/about')
  assert.equal(
    jekyllPageUrl({ dir: 'talks', basename: 'index', outputExt: '.html' }, 'date'),
    '/talks/',
  )
  assert.equal(jekyllPageUrl({ ...about, permalink: '/me/' }, 'date'), '/me/')
})

test('canonical URLs are folders; .html URLs are kept as redirects', () => {
  assert.deepEqual(canonicalUrl('/2019/08/07/x.html'), {
    url: '/2019/08/07/x/',
    redirectFrom: '/2019/08/07/x.html',
  })
  assert.deepEqual(canonicalUrl('/talks/index.html'), {
    url: '/talks/',
    redirectFrom: '/talks/index.html',
  })
  assert.deepEqual(canonicalUrl('/publications'), { url: '/publications/' })
  assert.deepEqual(canonicalUrl('/blog/x/'), { url: '/blog/x/' })
})

test('front matter: space-separated tags, date with zone kept, layout dropped, unknown keys kept', () => {
  const fm = readFrontMatter(
    '---\ntitle: T\ndate: 2019-08-07 10:00:00 +0100\ntags: a b\nlayout: post\nmood: fine\nexcerpt: Short.\n---\nbody\n',
  )!
  assert.equal(fm.data.date, '2019-08-07 10:00:00 +0100')
  assert.equal(fm.bodyLine, 9)
  const mapped = mapPostFrontMatter(fm.data, {
    title: 'T',
    date: '2019-08-07 10:00:00 +0100',
    categories: ['blog'],
    draft: false,
    urls: { redirectFrom: ['/x.html'] },
  })
  assert.deepEqual(mapped, {
    title: 'T',
    date: '2019-08-07 10:00:00 +0100',
    tags: ['a', 'b'],
    categories: ['blog'],
    description: 'Short.',
    redirect_from: ['/x.html'],
    mood: 'fine',
  })
})

const ctx: LiquidImportContext = {
  postUrl: (name) => (name === '2019-08-07-first' ? '/blog/2019/08/07/first/' : undefined),
  linkUrl: (rel) => (rel === 'about.md' ? '/about/' : undefined),
  readInclude: (name) =>
    ({
      'note.html': '<p>{{ include.text }}</p>',
      'loop.html': '{% for x in y %}{{ x }}{% endfor %}',
    })[name],
}

test('Liquid: post_url, link, highlight and simple includes are converted; site variables stay', () => {
  const src =
    '[a]({% post_url 2019-08-07-first %}) [b]({% link about.md %}) {{ site.title }}\n{% highlight python %}\nprint("```")\n{% endhighlight %}\n{% include note.html text="Hi" %}\n{% raw %}{{ x }}{% endraw %}'
  const out = convertLiquid(src, ctx)
  assert.equal(
    out.text,
    '[a](/blog/2019/08/07/first/) [b](/about/) {{ site.title }}\n````python\nprint("```")\n````\n<p>Hi</p>\n{% raw %}{{ x }}{% endraw %}',
  )
  assert.deepEqual([...out.siteKeys], ['title'])
  assert.ok(out.notes.every((n) => n.kind === 'converted'))
})

test('Liquid the site cannot run is kept verbatim, escaped, and flagged with its line', () => {
  const out = convertLiquid(
    'Intro\n\n{% for p in site.data.people %}\n{{ p.title }}\n{% endfor %}\n\nYear {{ page.date | date: "%Y" }}\n{% include loop.html %}',
    ctx,
  )
  assert.deepEqual(
    out.notes.map((n) => [n.line, n.kind]),
    [
      [3, 'flagged'],
      [7, 'flagged'],
      [8, 'flagged'],
    ],
  )
  assert.ok(!/\{%|\{\{/.test(out.text), 'no Liquid left for the site renderer to trip over')
  assert.match(
    out.text,
    /<div class="jekyll-unconverted"[^\n]*&#123;% for p in site\.data\.people %&#125;&#10;/,
  )
  assert.match(out.text, /Year <code class="jekyll-unconverted"/)
})

test('MathJax: scripts removed, \\( \\) and \\[ \\] become $ and $$, code untouched', () => {
  const src =
    '<script src="https://cdn.example/mathjax/tex.js"></script>\nInline \\(a^2\\) and `\\(code\\)`.\n\n$$ x = 1 $$\n\n```\n\\(kept\\)\n```\n\\[\ny\n\\]'
  const out = convertMathJax(src, { typesets: true, markdown: false })
  assert.equal(
    out.text,
    '\nInline $a^2$ and `\\(code\\)`.\n\n$$\nx = 1\n$$\n\n```\n\\(kept\\)\n```\n$$\ny\n$$',
  )
  assert.equal(out.notes[0]!.kind, 'dropped')
})

test('scripts: Plotly from a CDN becomes the site copy, inline scripts move to files, others are kept inert', () => {
  const src =
    '<script src="https://cdn.plot.ly/plotly-2.35.2.min.js"></script>\n<script>\nPlotly.newPlot("c", [])\n</script>\n<script src="https://evil.example/x.js"></script>'
  const out = convertScripts(src, 'assets/js/imported/post')
  assert.equal(out.moved[0]!.file, 'assets/js/imported/post-1.js')
  assert.equal(out.moved[0]!.text, 'Plotly.newPlot("c", [])\n')
  assert.match(
    out.text,
    /^<link rel="stylesheet" href="\/vendor\/plotly.css"><script src="\/vendor\/plotly-when-seen.js" defer><\/script>\n<script src="\/assets\/js\/imported\/post-1.js" defer>\n\n<\/script>\n<div class="jekyll-unconverted"/,
  )
  assert.deepEqual(
    out.notes.map((n) => n.kind),
    ['converted', 'converted', 'flagged'],
  )
})

test('scripts: the element a chart is drawn into is marked, so its room is kept until Plotly draws', () => {
  const src =
    '<script src="https://cdn.plot.ly/plotly-2.35.2.min.js"></script>\n<div id="chart" class="c"></div>\n<div id="other"></div>\n<script>\nPlotly.newPlot(\'chart\', [])\n</script>'
  const out = convertScripts(src, 'assets/js/imported/post')
  assert.match(
    out.text,
    /<div data-plotly-chart id="chart" class="c"><\/div>\n<div id="other"><\/div>/,
  )
})

test('analytics: GA4 ids map, Universal Analytics ids are flagged', () => {
  const flags: string[] = []
  assert.deepEqual(
    mapAnalytics({ google_analytics: 'G-ABC' }, (m) => flags.push(m)),
    { provider: 'ga4', id: 'G-ABC' },
  )
  assert.equal(
    mapAnalytics({ google_analytics: 'UA-1-1' }, (m) => flags.push(m)),
    undefined,
  )
  assert.equal(flags.length, 1)
})

test('a second import rewrites only what the author has not changed since; --force overwrites', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jekyll-import-'))
  const dirs = { content: path.join(root, 'content'), public: path.join(root, 'public') }
  const files = [
    { target: 'content/pages/a.md', data: 'A\n' },
    { target: 'public/x.txt', data: 'X\n' },
  ]
  assert.deepEqual(applyPlan(files, dirs, { dryRun: false, force: false }).written, [
    'content/pages/a.md',
    'public/x.txt',
  ])
  assert.deepEqual(applyPlan(files, dirs, { dryRun: false, force: false }).unchanged, [
    'content/pages/a.md',
    'public/x.txt',
  ])
  fs.writeFileSync(path.join(dirs.content, 'pages/a.md'), 'edited by the author\n')
  const changed = [
    { target: 'content/pages/a.md', data: 'A2\n' },
    { target: 'public/x.txt', data: 'X2\n' },
  ]
  const second = applyPlan(changed, dirs, { dryRun: false, force: false })
  assert.deepEqual(second.kept, ['content/pages/a.md'])
  assert.deepEqual(second.written, ['public/x.txt'])
  assert.equal(
    fs.readFileSync(path.join(dirs.content, 'pages/a.md'), 'utf8'),
    'edited by the author\n',
  )
  assert.deepEqual(applyPlan(changed, dirs, { dryRun: true, force: true }).written, [
    'content/pages/a.md',
  ])
  assert.equal(
    fs.readFileSync(path.join(dirs.content, 'pages/a.md'), 'utf8'),
    'edited by the author\n',
    'a dry run writes nothing',
  )
  applyPlan(changed, dirs, { dryRun: false, force: true })
  assert.equal(fs.readFileSync(path.join(dirs.content, 'pages/a.md'), 'utf8'), 'A2\n')
  fs.rmSync(root, { recursive: true })
})

test("_config.yml's url: a path in it (a project site) becomes the base path, not part of url", () => {
  const input = (config: Record<string, unknown>) => ({
    config: { title: 'T', description: 'D', ...config },
    nav: [],
    posts: { permalink: '/:title/', redirect_from: [] },
    siteKeys: new Set<string>(),
  })
  const project = mapConfig(input({ url: 'https://ada.github.io/notes/' }))
  assert.equal(project.site.url, 'https://ada.github.io')
  assert.ok(
    project.notes.some((n) => /build with BASE_PATH=\/notes/.test(n.message)),
    JSON.stringify(project.notes),
  )
  const odd = mapConfig(input({ url: 'ftp://ada.example.org' }))
  assert.equal(odd.site.url, 'https://example.org')
  assert.ok(odd.notes.some((n) => /is not an http\(s\) address/.test(n.message)))
})

test("_config.yml's avatar becomes author.image, wherever it is", () => {
  const input = (config: Record<string, unknown>) => ({
    config: { title: 'T', description: 'D', url: 'https://ada.example.org', ...config },
    nav: [],
    posts: { permalink: '/:title/', redirect_from: [] },
    siteKeys: new Set<string>(),
  })
  // One on another site is reported with the pages' images (import-remote-images.test.ts).
  const external = mapConfig(input({ avatar: 'https://avatars.example.com/u/1?s=460' }))
  assert.deepEqual(external.site.author, {
    name: 'T',
    image: 'https://avatars.example.com/u/1?s=460',
  })
  const own = mapConfig(input({ author: { name: 'Ada', avatar: '/assets/ada.jpg' } }))
  assert.deepEqual(own.site.author, { name: 'Ada', image: '/assets/ada.jpg' })
})
