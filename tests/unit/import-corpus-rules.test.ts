import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { planImport } from '@/lib/import/jekyll-site'
import { bracketSpacedDestinations } from '@/lib/import/link-destinations'
import { convertLegacyHtml } from '@/lib/import/legacy-html'
import { convertMathJax } from '@/lib/import/math'
import { compareSites } from '../../scripts/jekyll-compare/compare'
import { splitAuthorErrors } from '../../scripts/output/author-markup'
import { renderMd } from './helpers'

// Rules the corpus of real Jekyll sites needed after the first round (issue 15), each on the
// smallest input that shows it.

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-rules-'))
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

test('display math in a raw <div> that MathJax typeset is typeset at build time', async () => {
  const md = 'Derivative:\n\n<div>\n$$\n\\frac{a}{b}\n= c\n$$\n</div>\n\nafter'
  const converted = convertMathJax(md, { typesets: true, markdown: true })
  assert.equal(converted.text.split('\n').length, md.split('\n').length)
  assert.match(converted.text, /^<div markdown="1">$/m)
  assert.match(converted.notes.map((n) => `${n.line}: ${n.message}`).join('\n'), /^3: the formula/m)
  const { html } = await renderMd(converted.text)
  assert.match(html, /<div><span class="katex-display"/)
  // Not where the page typeset nothing, not with other text in the block, not in code.
  assert.equal(convertMathJax(md, { typesets: false, markdown: true }).text, md)
  const mixed = '<div>\n$$x$$ is a formula\n</div>'
  assert.equal(convertMathJax(mixed, { typesets: true, markdown: true }).text, mixed)
  const fenced = '```html\n<div>\n$$\nx\n$$\n</div>\n```'
  assert.equal(convertMathJax(fenced, { typesets: true, markdown: true }).text, fenced)
})

test('a link or image target with spaces (kramdown reads it as a URL) stays a link', async () => {
  const md =
    '![](/assets/SECDA Methodology.png) and [the essay](You and Your Research) and [t](/a "A title") `[c](d e)`'
  const { text, notes } = bracketSpacedDestinations(md)
  assert.equal(
    text,
    '![](</assets/SECDA Methodology.png>) and [the essay](<You and Your Research>) and [t](/a "A title") `[c](d e)`',
  )
  assert.equal(notes.length, 2)
  const { html } = await renderMd(text)
  assert.match(html, /<img src="\/assets\/SECDA%20Methodology\.png"/)
  // (kramdown writes a link's URL as it is, spaces and all.)
  assert.match(html, /<a href="You and Your Research">the essay<\/a>/)
  // Where the old site had no such page either, the text stays without the broken link.
  const site = { exists: (p: string) => p === '/assets/SECDA Methodology.png', baseDir: '/2016/' }
  const checked = bracketSpacedDestinations(md, site)
  assert.match(checked.text, /^!\[\]\(<\/assets\/SECDA Methodology\.png>\) and the essay and /)
  assert.match(checked.notes[1]!.message, /leads nowhere on the Jekyll site either/)
  // So does a relative link without spaces; a root-relative one is left to the build's check.
  const relative = bracketSpacedDestinations(
    '[Camera2](android.hardware.camera2) [t](/tags/x/)',
    site,
  )
  assert.equal(relative.text, 'Camera2 [t](/tags/x/)')
  // A link to a heading id the page no longer has keeps its text; one to a heading stays.
  const inPage = bracketSpacedDestinations(
    '[a](#step-3-using-it) [b](#step-3-finding-it) [c](#fn:1)\n\n## Step 3: Finding it\n',
    site,
  )
  assert.equal(inPage.text.split('\n')[0], 'a [b](#step-3-finding-it) [c](#fn:1)')
})

test('an image path with spaces is checked against the site: present is kept, missing is listed', () => {
  const dir = tree({
    '_config.yml': 'title: T\n',
    'assets/SECDA Methodology.png': 'png',
    '_posts/2020-01-01-a.md':
      '---\ntitle: A\n---\n![](/assets/SECDA Methodology.png)\n\n![](/assets/Not There.png)\n',
  })
  const plan = planImport(dir)
  const post = String(plan.files.find((f) => f.target === 'content/posts/2020-01-01-a.md')!.data)
  assert.match(post, /!\[\]\(<\/assets\/SECDA Methodology\.png>\)/)
  const flagged = plan.report.notes
    .filter((n) => n.kind === 'flagged' && n.message.startsWith('image'))
    .map((n) => n.message)
  assert.deepEqual(flagged, [
    'image /assets/Not There.png is not in the Jekyll site: kept as source for review',
  ])
})

test('the comparison names what the old layout added; what the page wrote must be there', () => {
  const siteDir = tree({
    '_config.yml': 'title: T\n',
    '_posts/2014-09-02-a.md':
      '---\ntitle: A\n---\nFirst paragraph of the post.\n\nSecond paragraph, about [convnets](http://cs231n.github.io/).\n',
  })
  const layout = (body: string) =>
    `<!doctype html><html><body><article><p class="meta">Sep 2, 2014</p>${body}<a href="http://disqus.com">comments powered by Disqus</a></article></body></html>`
  const page = 'a/index.html'
  const oldOut = tree({
    [page]: layout(
      '<p>First paragraph of the post.</p><p>Second paragraph, about <a href="http://cs231n.github.io/">convnets</a>.</p>',
    ),
  })
  const run = (newBody: string) => {
    const newOut = tree({
      [page]: `<!doctype html><html><body><main>${newBody}</main></body></html>`,
    })
    const result = compareSites({
      siteDir,
      oldOut,
      newOut,
      urls: [{ old: '/a/', new: '/a/', title: 'A', source: '_posts/2014-09-02-a.md' }],
      origins: [],
    })
    return result.pages[0]!.differences.map((d) => `${d.verdict} ${d.kind}: ${d.detail}`)
  }
  const kept = run(
    '<p>2 September 2014</p><p>First paragraph of the post.</p><p>Second paragraph, about <a href="http://cs231n.github.io/">convnets</a>.</p>',
  )
  assert.equal(kept.filter((d) => d.startsWith('loss')).length, 0, kept.join('\n'))
  assert.ok(
    kept.includes("known link: http://disqus.com/: the old layout's link, not the page's"),
    kept.join('\n'),
  )
  assert.ok(
    kept.some((d) => d.startsWith("known text: the old layout's, not the page's: sep 2 2014")),
    kept.join('\n'),
  )
  const lost = run('<p>2 September 2014</p><p>First paragraph of the post.</p>')
  assert.deepEqual(
    lost.filter((d) => d.startsWith('loss')),
    [
      'loss text: second paragraph about convnets',
      'loss link: http://cs231n.github.io/: not on the new page',
    ],
  )
})

test("the comparison takes a _config.yml value the old layout printed for the layout's, even when the page shares its words", () => {
  const siteDir = tree({
    '_config.yml': 'title: Ada Lee - Personal Blog\nemail: ada.lee@example.org\n',
    'index.md': '---\nlayout: home\n---\nHello, I am Ada Lee.\n',
  })
  const oldOut = tree({
    'index.html':
      '<!doctype html><html><body><div><p>Hello, I am Ada Lee.</p><footer><p>Ada Lee - Personal Blog</p><p>ada.lee@example.org</p><p><a href="//people/">People</a></p></footer></div></body></html>',
  })
  const run = (body: string) =>
    compareSites({
      siteDir,
      oldOut,
      newOut: tree({
        'index.html': `<!doctype html><html><body><main>${body}</main></body></html>`,
      }),
      urls: [{ old: '/', new: '/', title: 'Home', source: 'index.md' }],
      origins: [],
    }).pages[0]!.differences.map((d) => `${d.verdict} ${d.kind}: ${d.detail}`)
  const kept = run('<p>Hello, I am Ada Lee.</p>')
  assert.deepEqual(
    kept.filter((d) => d.startsWith('loss')),
    [],
    kept.join('\n'),
  )
  assert.ok(kept.includes("known text: the old layout's, not the page's: ada lee example org"))
  // `//people/` (an empty {{ site.url }} before "//people") led to no host at all.
  assert.ok(
    kept.some((d) => d.startsWith('known link: http://people/: led nowhere')),
    kept.join('\n'),
  )
  // What the page itself wrote is still missed when it goes.
  assert.ok(run('<p>Hi.</p>').includes('loss text: hello i am ada lee'))
})

test('a Liquid loop over the site data is evaluated at import; one over pages stays for review', () => {
  const dir = tree({
    '_config.yml': 'title: T\nauthor: A\ndescription: D\n',
    '_data/animations.yml': '- title: LOT\n  date: 2024-06-01\n- title: W2OT\n  date: 2022-10-24\n',
    'animations.md': [
      '---',
      'title: Animations',
      '---',
      '<script>',
      'MathJax = { tex: {} };',
      '</script>',
      '<ol>',
      '{% for entry in site.data.animations %}',
      '<li><b>{{ entry.title }}</b> [{{ entry.date | date: "%Y" }}]</li>',
      '{% endfor %}',
      '</ol>',
      '',
      '{% for p in site.pages %}{{ p.title }}{% endfor %}',
      '',
    ].join('\n'),
  })
  const plan = planImport(dir)
  const page = String(plan.files.find((f) => f.target === 'content/pages/animations.md')!.data)
  assert.match(
    page,
    /<ol>\n<li><b>LOT<\/b> \[2024\]<\/li> <li><b>W2OT<\/b> \[2022\]<\/li>\n+<\/ol>/,
  )
  // The same number of lines as the source, so later notes keep their lines.
  // The list ends on the same line of the body as in the source, so later notes keep their lines.
  const olEnd = (t: string) => t.slice(t.indexOf('---', 3)).split('\n').indexOf('</ol>')
  assert.equal(olEnd(page), olEnd(fs.readFileSync(path.join(dir, 'animations.md'), 'utf8')))
  assert.doesNotMatch(page, /MathJax|<script/)
  assert.ok(!plan.files.some((f) => f.target.startsWith('public/assets/js/imported/')))
  const notes = plan.report.notes.filter((n) => n.file === 'animations.md')
  assert.ok(notes.some((n) => n.line === 8 && /its output was written in/.test(n.message)))
  assert.ok(
    notes.some((n) => n.line === 13 && n.kind === 'flagged' && /\{% for %\}/.test(n.message)),
  )
})

test('validation errors in the author markup are warnings at the content line; templates fail', () => {
  const root = tree({
    'content/pages/a.md': 'Intro\n\n<span id="bias">1</span>\n\n<span id="bias">2</span>\n',
    'public/old/demo.html': '<html><body><p>x</p></body></html>',
    'out/a/index.html':
      '<!doctype html>\n<html lang="en"><head><title>a</title></head><body><main><div id="t"></div><div class="prose"><p>Intro</p>\n<p><span id="bias">1</span></p>\n<p><span id="bias">2</span></p></div><div id="t"></div></main></body></html>',
    'out/old/demo.html': '<html><body><p>x</p></body></html>',
  })
  const errors = [
    'a/index.html:4:10: Duplicate ID "bias" (no-dup-id)',
    'a/index.html:4:38: Duplicate ID "t" (no-dup-id)',
    'old/demo.html:1:2: <html> is missing required "lang" attribute (element-required-attributes)',
  ]
  const split = splitAuthorErrors(path.join(root, 'out'), errors, {
    publicDirs: [path.join(root, 'public')],
    sourceOf: (page) =>
      page === 'a/index.html' ? path.join(root, 'content/pages/a.md') : undefined,
  })
  assert.deepEqual(split.errors, ['a/index.html:4:38: Duplicate ID "t" (no-dup-id)'])
  assert.equal(split.warnings.length, 2)
  assert.match(
    split.warnings[0]!,
    /content\/pages\/a\.md:5: Duplicate ID "bias" \(no-dup-id\) \(the page's own markup, on \/a\/\)$/,
  )
  assert.match(split.warnings[1]!, /public\/old\/demo\.html:1:2: .*published as it is/)
})

test('a video or linked file the Jekyll site never had loses its source, flagged; the rest stays', () => {
  const options = {
    exists: (p: string) => p === '/images/here.mp4',
    baseDir: '/2018/',
    origins: [],
  }
  const html = [
    '<video controls>',
    '  <source src="/images/gone.mp4" type="video/mp4">',
    '  <source src="/images/here.mp4" type="video/mp4">',
    '</video>',
    '<a href="london.png"><img src="/images/here.mp4" alt="x"/></a> <a href="/about/">About</a>',
  ].join('\n')
  const { text, notes } = convertLegacyHtml(html, options)
  assert.equal(
    text,
    [
      '<video controls>',
      '  ',
      '  <source src="/images/here.mp4" type="video/mp4">',
      '</video>',
      '<a><img src="/images/here.mp4" alt="x"/></a> <a href="/about/">About</a>',
    ].join('\n'),
  )
  assert.deepEqual(
    notes.map((n) => `${n.line}: ${n.message}`),
    [
      '2: <source> file /images/gone.mp4 is not in the Jekyll site: the tag was removed',
      '5: link to /2018/london.png is not in the Jekyll site: its href was removed',
    ],
  )
})

test('a javascript: link with a click handler becomes "#" with the jump prevented; a relative <img> resolves against the page URL', () => {
  const options = { exists: (p: string) => p === '/images/pub/a.png', baseDir: '/', origins: [] }
  const { text, handlers } = convertLegacyHtml(
    `<a class='pill' href='javascript:;' onclick='toggle()'>abstract</a> <img src="images/pub/a.png" class="pub" />`,
    options,
  )
  assert.equal(
    text,
    `<a class='pill' href="#" data-jekyll-handler="1">abstract</a> <img src="/images/pub/a.png" class="pub" />`,
  )
  assert.equal(handlers[0]!.code, 'toggle()\nreturn false')
})

test('a start tag with a blank line inside (kramdown read on) is written on one line, lines kept', async () => {
  const options = { exists: () => true, baseDir: '/', origins: [] }
  const md =
    'Watch:\n\n<iframe src="https://www.youtube.com/embed/x" title="v" style="\nwidth: 100%" allowfullscreen\n\n></iframe>\n\nafter'
  const { text } = convertLegacyHtml(md, options)
  assert.equal(text.split('\n').length, md.split('\n').length)
  const { html } = await renderMd(text)
  assert.match(html, /<iframe src="https:\/\/www\.youtube\.com\/embed\/x"[^>]*>\s*<\/iframe>/)
})
