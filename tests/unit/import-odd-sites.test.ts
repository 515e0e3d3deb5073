import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { fileSlug } from '@/lib/import/documents'
import { planImport } from '@/lib/import/jekyll-site'
import { onSiteClock } from '@/lib/import/permalink'
import { compareSites } from '../../scripts/jekyll-compare/compare'

// What Jekyll accepts and real sites have, which stopped the import's build or lost a URL: file
// names in other scripts, links to files the site never had, header images likewise, a baseurl
// written into links, pages at URLs the site makes itself, Windows line ends (issue 15).

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'odd-sites-'))
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

const CONFIG = 'title: T\ndescription: D\nurl: https://lee.example.org\n'
const text = (plan: ReturnType<typeof planImport>, target: string) =>
  String(plan.files.find((f) => f.target === target)?.data)

test("a post's file name in another script gets an ASCII slug; its URL stays Jekyll's", () => {
  assert.equal(fileSlug('café-crème'), 'cafe-creme')
  assert.equal(fileSlug('Spaces and CAPS'), 'Spaces-and-CAPS')
  assert.match(fileSlug('日本語の記事'), /^post-[0-9a-f]{8}$/)
  assert.notEqual(fileSlug('日本語の記事'), fileSlug('漢字'))
  const dir = site({
    '_config.yml': CONFIG,
    '_posts/2020-05-06-café-crème.md': '---\ntitle: Café\n---\nText.\n',
  })
  const plan = planImport(dir)
  const post = text(plan, 'content/posts/2020-05-06-cafe-creme.md')
  assert.match(post, /^permalink: \/2020\/05\/06\/café-crème\/$/m)
  assert.match(post, /^ {2}- \/2020\/05\/06\/café-crème\.html$/m)
  fs.rmSync(dir, { recursive: true })
})

test('a link or header image to a file the Jekyll site never had is kept as text, reported', () => {
  const dir = site({
    '_config.yml': `${CONFIG}baseurl: /blog\n`,
    'files/cv.pdf': 'pdf',
    'assets/head.png': 'png',
    '_posts/2020-01-01-a.md':
      '---\ntitle: A\nimage: /assets/missing.png\n---\n[missing](/files/nothere.pdf) and [cv](/files/cv.pdf) and <a href="/blog/files/cv.pdf">CV</a> and [a page](/somewhere/).\n',
    '_posts/2020-01-02-b.md': '---\ntitle: B\nimage: assets/head.png\n---\nB.\n',
  })
  const plan = planImport(dir)
  const a = text(plan, 'content/posts/2020-01-01-a.md')
  assert.ok(a.includes('missing and [cv](/files/cv.pdf)'), a)
  // The baseurl names the same file: the link stays.
  assert.ok(a.includes('<a href="/blog/files/cv.pdf">CV</a>'), a)
  // A page may come from a plugin: the build's link check decides.
  assert.ok(a.includes('[a page](/somewhere/)'), a)
  assert.doesNotMatch(a, /^image:/m)
  assert.match(text(plan, 'content/posts/2020-01-02-b.md'), /^image: \/assets\/head\.png$/m)
  const flagged = plan.report.notes
    .filter((n) => n.kind === 'flagged')
    .map((n) => `${n.file}:${n.line} ${n.message}`)
  assert.ok(
    flagged.includes(
      '_posts/2020-01-01-a.md:3 image: /assets/missing.png is not in the Jekyll site: the post has no header image',
    ),
    flagged.join('\n'),
  )
  assert.ok(
    flagged.some((f) => f.startsWith('_posts/2020-01-01-a.md:5 link to "/files/nothere.pdf"')),
    flagged.join('\n'),
  )
  fs.rmSync(dir, { recursive: true })
})

test('a listing at a URL the site makes itself is left out; a page below one moves, flagged', () => {
  const dir = site({
    '_config.yml': `${CONFIG}include: [_pages]\n`,
    '_pages/tags.html':
      '---\ntitle: Tags\npermalink: /tags/\n---\n{% for tag in site.tags %}{{ tag[0] }}{% endfor %}\n',
    'projects/alpha/index.md': '---\ntitle: Alpha\nredirect_from: /tags/alpha/\n---\nAlpha.\n',
  })
  const plan = planImport(dir)
  assert.ok(
    !plan.files.some((f) => f.target.includes('tags')),
    plan.files.map((f) => f.target).join(),
  )
  assert.deepEqual(
    plan.report.urls.filter((u) => u.sitesOwn).map((u) => `${u.old} → ${u.new}`),
    ['/tags/ → /tags/'],
  )
  const alpha = text(plan, 'content/pages/projects/alpha/index.md')
  assert.match(alpha, /^permalink: \/pages\/projects\/alpha\/$/m)
  // No redirect page can stand at /tags/alpha/, where the site's tag pages go.
  assert.doesNotMatch(alpha, /redirect_from/)
  assert.ok(
    plan.report.notes.some(
      (n) =>
        n.kind === 'flagged' &&
        n.file === 'projects/alpha/index.md' &&
        /is at \/pages\/projects\/alpha\//.test(n.message),
    ),
  )
  fs.rmSync(dir, { recursive: true })
})

test('the comparison reads a source with Windows line ends', () => {
  const siteDir = site({
    '_config.yml': CONFIG,
    'a.md': '---\r\ntags: [windows, crlf]\r\n---\r\nSome words.\r\n',
  })
  const page = '<html><body><main><p>Some words.</p></main></body></html>'
  const oldOut = site({ 'a/index.html': page })
  const newOut = site({ 'a/index.html': page })
  const result = compareSites({
    siteDir,
    oldOut,
    newOut,
    urls: [{ old: '/a/', new: '/a/', title: 'A', source: 'a.md' }],
    origins: [],
  })
  assert.deepEqual(result.pages[0]!.differences, [])
})

test('a singular category or tag is one value; commas after tags are not part of them', () => {
  const dir = site({
    '_config.yml': CONFIG,
    '_posts/2020-01-01-a.md':
      '---\ntitle: A\ncategory: Machine Learning\ncategories: [ignored]\ntags: one, two\n---\nA.\n',
    '_posts/2020-01-02-b.md': '---\ntitle: B\ntag: Single Tag\n---\nB.\n',
  })
  const plan = planImport(dir)
  const a = text(plan, 'content/posts/2020-01-01-a.md')
  // Jekyll's URL has the category whole, space included: the space becomes "-", flagged.
  assert.match(a, /^permalink: \/machine-learning\/2020\/01\/01\/a\/$/m)
  assert.match(a, /^categories:\n {2}- Machine Learning$/m)
  assert.match(a, /^tags:\n {2}- one\n {2}- two$/m)
  assert.match(text(plan, 'content/posts/2020-01-02-b.md'), /^tags:\n {2}- Single Tag$/m)
  assert.ok(
    plan.report.notes.some(
      (n) =>
        n.kind === 'flagged' &&
        n.file === '_posts/2020-01-01-a.md' &&
        n.message.includes('"/machine learning/2020/01/01/a/"') &&
        n.message.includes('is at /machine-learning/2020/01/01/a/'),
    ),
    plan.report.notes.map((n) => n.message).join('\n'),
  )
  fs.rmSync(dir, { recursive: true })
})

test("redirect_to pages become the site's redirects; one to another site links there", () => {
  const dir = site({
    '_config.yml': CONFIG,
    'old.md': '---\ntitle: Old\npermalink: /old/\nredirect_to: /new/\n---\n',
    'new.md': '---\ntitle: New\npermalink: /new/\n---\nNew.\n',
    'gone.md':
      '---\ntitle: Gone\npermalink: /gone/\nredirect_to: https://elsewhere.example/x\n---\n',
  })
  const plan = planImport(dir)
  assert.ok(!plan.files.some((f) => f.target === 'content/pages/old.md'))
  assert.match(text(plan, 'content/site.yaml'), /- from: \/old\/\n {4}to: \/new\//)
  const gone = text(plan, 'content/pages/gone.md')
  assert.match(gone, /This page has moved to <https:\/\/elsewhere\.example\/x>\./)
  assert.match(gone, /^exclude: true$/m)
  assert.doesNotMatch(gone, /redirect_to/)
  fs.rmSync(dir, { recursive: true })
})

test("jekyll-paginate-v2's pagination settings carry over", () => {
  const posts = Object.fromEntries(
    [1, 2, 3, 4, 5].map((n) => [`_posts/2020-01-0${n}-p${n}.md`, `---\ntitle: P${n}\n---\nP.\n`]),
  )
  const dir = site({
    '_config.yml': `${CONFIG}pagination:\n  enabled: true\n  per_page: 2\n  permalink: '/seite/:num/'\n`,
    ...posts,
  })
  const yaml = text(planImport(dir), 'content/site.yaml')
  assert.match(yaml, /per_page: 2/)
  assert.match(yaml, /- from: \/seite\/2\/\n {4}to: \/posts\/page\/2\//)
  assert.match(yaml, /- from: \/seite\/3\/\n {4}to: \/posts\/page\/3\//)
  fs.rmSync(dir, { recursive: true })
})

test('an old list page the new site redirects is compared as a list', () => {
  const siteDir = site({ '_config.yml': CONFIG })
  const oldOut = site({
    'page2/index.html':
      '<html><body><main><h1>Older</h1><p>Words only the list had.</p><a href="/2020/01/01/a.html">A</a></main></body></html>',
  })
  const newOut = site({
    'page2/index.html':
      '<html><head><meta http-equiv="refresh" content="0; url=/posts/page/2/"></head><body><a href="/posts/page/2/">moved</a></body></html>',
    'posts/page/2/index.html': '<html><body><main><a href="/a/">A</a></main></body></html>',
    'a/index.html': '<html><body><main>A</main></body></html>',
  })
  const result = compareSites({
    siteDir,
    oldOut,
    newOut,
    urls: [{ old: '/2020/01/01/a.html', new: '/a/', title: 'A', source: '_posts/2020-01-01-a.md' }],
    origins: [],
  })
  const page = result.pages.find((p) => p.old === '/page2/')!
  assert.equal(page.mode, 'listing')
  assert.deepEqual(
    page.differences.filter((d) => d.verdict === 'loss'),
    [],
  )
  fs.rmSync(siteDir, { recursive: true })
})

test("a post date with an offset is on the site's clock (timezone:, else UTC), its URL too", () => {
  assert.equal(
    onSiteClock('2020-01-02 03:30:00 +0000', 'America/Los_Angeles'),
    '2020-01-01 19:30:00 -0800',
  )
  assert.equal(onSiteClock('2020-07-01 00:30:00 +0200', undefined), '2020-06-30 22:30:00 +0000')
  assert.equal(onSiteClock('2020-07-01 00:30:00', 'Asia/Kolkata'), '2020-07-01 00:30:00')
  assert.equal(onSiteClock('2020-07-01 12:00:00 +0000', 'Not/AZone'), '2020-07-01 12:00:00 +0000')
  const dir = site({
    '_config.yml': `${CONFIG}timezone: America/Los_Angeles\npermalink: /:year/:month/:day/:title/\n`,
    '_posts/2020-01-01-late.md': '---\ntitle: Late\ndate: 2020-01-02 03:30:00 +0000\n---\nL.\n',
    '_posts/2020-05-05-iso.md': '---\ntitle: ISO\ndate: 2020-05-06T01:00:00Z\n---\nI.\n',
    '_posts/2020-03-08-local.md': '---\ntitle: Local\ndate: 2020-03-08 23:59:59\n---\nN.\n',
  })
  const plan = planImport(dir)
  const late = text(plan, 'content/posts/2020-01-01-late.md')
  assert.match(late, /^date: 2020-01-01 19:30:00 -0800$/m)
  assert.deepEqual(plan.report.urls.map((u) => u.new).sort(), [
    '/2020/01/01/late/',
    '/2020/03/08/local/',
    '/2020/05/05/iso/',
  ])
  fs.rmSync(dir, { recursive: true })
})

test("assign, capture and the page's own data are evaluated at import; the rest stays for review", () => {
  const dir = site({
    '_config.yml': CONFIG,
    '_data/courses.yml': '- code: CS101\n- code: CS202\n',
    '_posts/2021-04-05-a.md': [
      '---',
      'title: A',
      'tags: [x]',
      '---',
      '{% assign greeting = "Hello" | append: "!" %}',
      '{% capture who %}world {{ page.title }}{% endcapture %}',
      '{{ greeting }} {{ who | upcase }}, {{ page.date | date: "%B %Y" }}.',
      '{% if page.tags contains "x" %}tagged{% else %}untagged{% endif %}',
      '{% assign first = site.data.courses | first %}{{ first.code }}',
      '{% assign n = site.posts | size %}{{ n }} and {{ unknown }}',
      '',
    ].join('\n'),
  })
  const plan = planImport(dir)
  const a = text(plan, 'content/posts/2021-04-05-a.md')
  assert.match(a, /^Hello! WORLD A, April 2021\.$/m)
  assert.match(a, /^tagged$/m)
  assert.match(a, /^CS101$/m)
  // What the other posts make, and a variable nobody set, stay for review at their line.
  const flagged = plan.report.notes
    .filter((n) => n.kind === 'flagged' && n.file === '_posts/2021-04-05-a.md')
    .map((n) => n.line)
  assert.deepEqual(flagged, [10, 10, 10])
  fs.rmSync(dir, { recursive: true })
})

test('a published collection with no section becomes pages at its URLs; collections_dir is read', () => {
  const dir = site({
    'index.md':
      '---\ntitle: Home\n---\n[p]({% link _projects/widget.md %}) [n]({% link _notes/ml/gradient-descent.md %})\n',
    'my_collections/_projects/widget.md': '---\ntitle: Widget\n---\nW.\n',
    '_config.yml': `${CONFIG}permalink: pretty\ncollections_dir: my_collections\ncollections:\n  projects:\n    output: true\n  notes:\n    output: true\n    permalink: /:collection/:path/\n  drafts_of_talks:\n    output: false\n`,
    'my_collections/_posts/2022-02-02-first.md': '---\ntitle: First\n---\nFirst.\n',
    'my_collections/_notes/ml/gradient-descent.md': '---\ntitle: GD\n---\nSteps.\n',
    'my_collections/_drafts_of_talks/t.md': '---\ntitle: T\n---\nT.\n',
    'notes.md': '---\ntitle: Notes\n---\n{% for n in site.notes %}{{ n.title }}{% endfor %}\n',
  })
  const plan = planImport(dir)
  const urls = plan.report.urls.map((u) => `${u.source} ${u.new}`).sort()
  assert.deepEqual(urls, [
    'index.md /',
    'my_collections/_notes/ml/gradient-descent.md /notes/ml/gradient-descent/',
    'my_collections/_posts/2022-02-02-first.md /2022/02/02/first/',
    'my_collections/_projects/widget.md /projects/widget/',
    'notes.md /notes/',
  ])
  assert.match(
    text(plan, 'content/pages/my_collections/_notes/ml/gradient-descent.md'),
    /^permalink: \/notes\/ml\/gradient-descent\/$/m,
  )
  assert.ok(
    plan.report.notes.some(
      (n) => n.kind === 'skipped' && n.file === 'my_collections/_drafts_of_talks/',
    ),
  )
  // `{% link %}` finds a collection's document, a section's too, below collections_dir.
  assert.match(
    text(plan, 'content/pages/index.md'),
    /\[p\]\(\/projects\/widget\/\) \[n\]\(\/notes\/ml\/gradient-descent\/\)/,
  )
  // A loop over a collection's documents is the site's state: kept for review, never emptied.
  assert.ok(
    plan.report.notes.some((n) => n.kind === 'flagged' && n.file === 'notes.md' && n.line === 4),
  )
  fs.rmSync(dir, { recursive: true })
})

test('formulas: none read in code; escaped dollars and TeX the old page never typeset are named', () => {
  const siteDir = site({
    '_config.yml': CONFIG,
    'a.md':
      '---\ntitle: A\n---\nLet $x$ be. The price is \\$5 and \\$10.\n\n    cost = "$5"  # $not math$\n',
    'b.md': '---\ntitle: B\n---\nInline $$a^2$$ here. And \\\\(x_i\\\\) as written.\n',
  })
  const mathjax = '<script src="/mathjax/tex-chtml.js"></script>'
  const oldOut = site({
    'a/index.html': `<html><head>${mathjax}<script>MathJax={tex:{inlineMath:[['$','$']]}}</script></head><body><main><p>Let $x$ be. The price is $5 and $10.</p><pre><code>cost = "$5"  # $not math$</code></pre></main></body></html>`,
    'b/index.html':
      '<html><body><main><p>Inline \\(a^2\\) here. And \\(x_i\\) as written.</p></main></body></html>',
  })
  const katex = (tex: string) =>
    `<span class="katex"><span class="katex-mathml"><math><semantics><mrow></mrow><annotation encoding="application/x-tex">${tex}</annotation></semantics></math></span></span>`
  const newOut = site({
    'a/index.html': `<html><body><main><p>Let ${katex('x')} be. The price is $5 and $10.</p><pre><code>cost = "$5"  # $not math$</code></pre></main></body></html>`,
    'b/index.html': `<html><body><main><p>Inline ${katex('a^2')} here. And \\(x_i\\) as written.</p></main></body></html>`,
  })
  const result = compareSites({
    siteDir,
    oldOut,
    newOut,
    urls: [
      { old: '/a/', new: '/a/', title: 'A', source: 'a.md' },
      { old: '/b/', new: '/b/', title: 'B', source: 'b.md' },
    ],
    origins: [],
  })
  const verdicts = (url: string) =>
    result.pages
      .find((p) => p.old === url)!
      .differences.map((d) => `${d.verdict} ${d.kind}: ${d.detail.split(':')[0]}`)
  assert.deepEqual(verdicts('/a/'), [
    'improvement formula: 1 formula(s) typeset when the site is built (KaTeX), where the old page typeset them in the browser',
    'improvement formula: 5and',
  ])
  assert.deepEqual(verdicts('/b/'), [
    'improvement formula: 1 formula(s) typeset when the site is built (KaTeX), where the old page loaded no MathJax and showed their TeX',
  ])
})

test("jekyll-seo-tag's twitter.username and social.links become the site's links", () => {
  const dir = site({
    '_config.yml': `${CONFIG}github_username: sam\ntwitter:\n  username: "@samtweets"\nsocial:\n  name: Sam\n  links:\n    - https://github.com/sam\n    - https://www.linkedin.com/in/sam-l\n    - https://codeberg.org/sam\n`,
  })
  const yaml = text(planImport(dir), 'content/site.yaml')
  const urls = [...yaml.matchAll(/url: (https:\/\/\S+)/g)].map((m) => m[1])
  assert.deepEqual(
    urls.filter((u) => u !== 'https://lee.example.org'),
    [
      'https://github.com/sam',
      'https://twitter.com/samtweets',
      'https://www.linkedin.com/in/sam-l',
      'https://codeberg.org/sam',
    ],
  )
  assert.match(yaml, /name: LinkedIn\n\s+username: sam-l/)
  assert.match(yaml, /name: codeberg\.org\n\s+username: sam/)
  fs.rmSync(dir, { recursive: true })
})

test('an include with logic of its own is evaluated whole when it needs only the site and page', () => {
  const dir = site({
    '_config.yml': `${CONFIG}imagemagick:\n  widths: [480, 800]\n`,
    '_includes/figure.html': [
      '<figure>',
      '{%- assign src = include.path | relative_url -%}',
      '<img src="{{ src }}" srcset="{% for w in site.imagemagick.widths %}{{ w }}w {% endfor %}" alt="{{ include.alt | default: page.title }}">',
      '{% if include.caption %}<figcaption>{{ include.caption }}</figcaption>{% endif %}',
      '</figure>',
    ].join('\n'),
    '_includes/recent.html': '{% for p in site.posts limit: 3 %}{{ p.title }}{% endfor %}',
    'assets/a.png': 'png',
    'a.md':
      '---\ntitle: Page A\n---\n{% include figure.html path="/assets/a.png" %}\n\n{% include recent.html %}\n',
  })
  const plan = planImport(dir)
  const a = text(plan, 'content/pages/a.md')
  assert.match(
    a,
    /<figure><img src="\/assets\/a\.png" srcset="480w 800w " alt="Page A">\n\n<\/figure>/,
  )
  // One that lists the posts stays for review.
  assert.ok(
    plan.report.notes.some(
      (n) => n.kind === 'flagged' && n.file === 'a.md' && n.message.includes('recent.html'),
    ),
  )
  fs.rmSync(dir, { recursive: true })
})

test("Jekyll's markdownify and smartify work in Liquid evaluated at import", () => {
  const dir = site({
    '_config.yml': CONFIG,
    's.pdf': 'pdf',
    '_data/talks.yml': '- title: "Fast *kernels*, [slides](/s.pdf)"\n  venue: "Lee\'s \\"lab\\""\n',
    'talks.md': [
      '---',
      'title: Talks',
      '---',
      '<ul>{% for t in site.data.talks %}<li>{{ t.title | markdownify }}{{ t.venue | smartify }}</li>{% endfor %}</ul>',
      '',
    ].join('\n'),
  })
  const plan = planImport(dir)
  const talks = text(plan, 'content/pages/talks.md')
  assert.match(
    talks,
    /<ul><li><p>Fast <em>kernels<\/em>, <a href="\/s\.pdf">slides<\/a><\/p>\n?Lee's "lab"<\/li><\/ul>/,
  )
  assert.ok(!plan.report.notes.some((n) => n.kind === 'flagged' && n.file === 'talks.md'))
  fs.rmSync(dir, { recursive: true })
})

test('an include never brings in a file from outside the site: climbing names and links out are refused', () => {
  const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'outer-'))
  fs.writeFileSync(path.join(outer, 'secret.txt'), 'the secret')
  const dir = path.join(outer, 'site')
  fs.mkdirSync(path.join(dir, '_includes'), { recursive: true })
  fs.writeFileSync(path.join(dir, '_config.yml'), CONFIG)
  fs.writeFileSync(path.join(dir, '_includes/inside.html'), 'from the site')
  fs.symlinkSync(path.join(outer, 'secret.txt'), path.join(dir, '_includes/out.html'))
  fs.symlinkSync(path.join(dir, '_includes/inside.html'), path.join(dir, '_includes/in.html'))
  fs.writeFileSync(
    path.join(dir, 'a.md'),
    [
      '---',
      'title: A',
      '---',
      '{% include ../../secret.txt %}',
      '',
      '{% include out.html %}',
      '',
      '{% include_relative ../secret.txt %}',
      '',
      '{% include in.html %}',
      '',
      '{% for x in site.data.list %}{% include out.html %}{% endfor %}',
      '',
      '{% for x in site.data.list %}{% include ../../secret.txt %}{% endfor %}',
      '',
    ].join('\n'),
  )
  fs.mkdirSync(path.join(dir, '_data'))
  fs.writeFileSync(path.join(dir, '_data/list.yml'), '- 1\n')
  const plan = planImport(dir)
  const a = text(plan, 'content/pages/a.md')
  assert.ok(!plan.files.some((f) => String(f.data).includes('the secret')))
  // A link that stays inside the site is followed.
  assert.match(a, /from the site/)
  const flagged = plan.report.notes.filter((n) => n.kind === 'flagged' && n.file === 'a.md')
  assert.equal(flagged.filter((n) => /no such file inside the site/.test(n.message)).length, 3)
  fs.rmSync(outer, { recursive: true })
})

test("an include's variable parameters are read when the page knows them: an assign, the page, true and false", () => {
  const dir = site({
    '_config.yml': CONFIG,
    '_includes/figure.html':
      '<img src="{{ include.path }}"{% if include.zoomable %} data-zoomable{% endif %} alt="{{ include.alt }}">',
    'assets/a.png': 'png',
    'assets/b.png': 'png',
    'a.md': [
      '---',
      'title: A',
      'image: /assets/b.png',
      '---',
      '{% assign img = "/assets/a.png" %}',
      '{% include figure.html path=img zoomable=true alt="one" %}',
      '',
      '{% include figure.html path=page.image zoomable=false alt="two" %}',
      '',
    ].join('\n'),
  })
  const plan = planImport(dir)
  const a = text(plan, 'content/pages/a.md')
  assert.match(a, /<img src="\/assets\/a\.png" data-zoomable alt="one">/)
  assert.match(a, /<img src="\/assets\/b\.png" alt="two">/)
  assert.ok(!plan.report.notes.some((n) => n.kind === 'flagged' && n.file === 'a.md'))
  fs.rmSync(dir, { recursive: true })
})

test('Liquid evaluated at import reads _data only from inside the site', () => {
  const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'outer-'))
  fs.writeFileSync(path.join(outer, 'secret.yml'), '- the secret\n')
  const dir = path.join(outer, 'site')
  fs.mkdirSync(path.join(dir, '_data'), { recursive: true })
  fs.writeFileSync(path.join(dir, '_config.yml'), CONFIG)
  fs.writeFileSync(path.join(dir, '_data/open.yml'), '- in the site\n')
  fs.symlinkSync(path.join(outer, 'secret.yml'), path.join(dir, '_data/s.yml'))
  fs.symlinkSync(path.join(outer, 'gone.yml'), path.join(dir, '_data/gone.yml'))
  fs.writeFileSync(
    path.join(dir, 'a.md'),
    '---\ntitle: A\n---\n{% for x in site.data.open %}{{ x }}{% endfor %}\n\n{% for x in site.data.s %}{{ x }}{% endfor %}\n',
  )
  const plan = planImport(dir)
  assert.match(text(plan, 'content/pages/a.md'), /in the site/)
  assert.ok(!plan.files.some((f) => String(f.data).includes('the secret')))
  fs.rmSync(outer, { recursive: true })
})

test('a loop over data that includes a file for each entry is evaluated, the includes read from _includes', () => {
  const dir = site({
    '_config.yml': CONFIG,
    '_data/pubs.yml': '- title: Fast kernels\n  year: 2021\n- title: Small models\n',
    '_includes/pub.html':
      '<li>{{ include.pub.title }} ({{ include.pub.year | default: "forthcoming" }}){% include parts/mark.html %}</li>',
    '_includes/parts/mark.html': '.',
    '_includes/latest.html': '{% for p in site.posts limit: 1 %}{{ p.title }}{% endfor %}',
    'pubs.md': [
      '---',
      'title: Publications',
      '---',
      '<ul>',
      '{% for p in site.data.pubs %}{% include pub.html pub=p %}{% endfor %}',
      '</ul>',
      '',
      '{% for p in site.data.pubs %}{% include latest.html %}{% endfor %}',
      '',
    ].join('\n'),
  })
  const plan = planImport(dir)
  const pubs = text(plan, 'content/pages/pubs.md')
  assert.match(pubs, /<li>Fast kernels \(2021\)\.<\/li> ?<li>Small models \(forthcoming\)\.<\/li>/)
  // An include that lists the posts keeps its loop for review.
  assert.ok(
    plan.report.notes.some(
      (n) => n.kind === 'flagged' && n.file === 'pubs.md' && n.message.includes('latest.html'),
    ),
  )
  fs.rmSync(dir, { recursive: true })
})

test("old themes' prepend: site.baseurl is relative_url; Liquid left inside an HTML tag keeps the tag whole", () => {
  const dir = site({
    '_config.yml': `${CONFIG}baseurl: /blog\n`,
    'feed.xml': '---\n---\n<rss/>\n',
    'a.md': [
      '---',
      'title: A',
      '---',
      '<a href="{{ "/feed.xml" | prepend: site.baseurl }}">Feed</a> {{ "shout" | upcase }}',
      '',
      '<a href="{{ page.nothing | frobnicate }}" title="t">Odd</a>',
      '',
    ].join('\n'),
  })
  const plan = planImport(dir)
  const a = text(plan, 'content/pages/a.md')
  assert.match(a, /<a href="\{\{ "\/feed\.xml" \| relative_url \}\}">Feed<\/a> SHOUT/)
  assert.match(
    a,
    /<a href="&#123;&#123; page\.nothing &#124; frobnicate &#125;&#125;" title="t">Odd<\/a>/,
  )
  assert.ok(
    plan.report.notes.some(
      (n) => n.kind === 'flagged' && n.file === 'a.md' && n.message.includes('frobnicate'),
    ),
  )
  fs.rmSync(dir, { recursive: true })
})

test('a post or page whose front matter is never closed is published whole, as Jekyll does, and flagged', () => {
  const dir = site({
    '_config.yml': CONFIG,
    '_posts/2015-12-10-spark-play.md': '---\nlayout: post\ntitle: "Spark"\n\nSome text.\n',
    'notes.md': '---\ntitle: Notes\n\nA page.\n',
    '_posts/2016-01-01-plain.md': 'No front matter at all.\n',
  })
  const plan = planImport(dir)
  const post = text(plan, 'content/posts/2015-12-10-spark-play.md')
  assert.match(post, /\n---\n\n?---\nlayout: post\ntitle: "Spark"\n\nSome text\.\n$/)
  assert.match(post, /^ {2}- \/2015\/12\/10\/spark-play\.html$/m)
  assert.match(text(plan, 'content/pages/notes.md'), /A page\./)
  const flagged = plan.report.notes.filter((n) => /never closed/.test(n.message))
  assert.deepEqual(flagged.map((n) => n.file).sort(), [
    '_posts/2015-12-10-spark-play.md',
    'notes.md',
  ])
  // A post with no front matter at all stays unpublished, as in Jekyll.
  assert.ok(!plan.files.some((f) => f.target.includes('plain')))
  fs.rmSync(dir, { recursive: true })
})

test("minima's icon includes, which come with the theme's gem, keep their link", () => {
  const dir = site({
    '_config.yml': `${CONFIG}theme: minima\n`,
    'about.md':
      '---\ntitle: About\n---\nMinima: {% include icon-github.html username="jekyll" %} / [minima](https://github.com/jekyll/minima)\n\n{% include icon-mastodon.html username="x" %}\n',
  })
  const plan = planImport(dir)
  const about = text(plan, 'content/pages/about.md')
  assert.match(about, /Minima: <a href="https:\/\/github\.com\/jekyll">jekyll<\/a> \/ \[minima\]/)
  // Any other include the site does not have stays for review.
  assert.ok(
    plan.report.notes.some((n) => n.kind === 'flagged' && n.message.includes('icon-mastodon.html')),
  )
  fs.rmSync(dir, { recursive: true })
})
