import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { planImport } from '@/lib/import/jekyll-site'
import { convertScripts } from '@/lib/import/scripts'

// A Jekyll layout's own script that fills elements of a post (issue 15): the new site has its own
// layout, so the post that has those elements loads the script itself.

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layout-scripts-'))
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

test("a layout's script that fills a post's elements is loaded by that post, and only by it", () => {
  const dir = tree({
    '_config.yml': 'title: T\n',
    '_layouts/default.html':
      '<html><head>\n<script src="https://cdn.example/lib.js"></script>\n<script src="{{ site.baseurl }}/assets/js/lib.js"></script>\n<script src="/assets/js/names.js"></script>\n</head><body>{{ content }}</body></html>\n',
    '_layouts/post.html': '---\nlayout: default\n---\n<article>{{ content }}</article>\n',
    'assets/js/names.js':
      "document.querySelectorAll('span.name').forEach((s) => { s.textContent = 'Ann' })\n",
    'assets/js/lib.js': 'window.lib = {}\n',
    '_posts/2020-01-01-a.md': '---\nlayout: post\n---\nWritten by <span class="name"></span>.\n',
    '_posts/2020-01-02-b.md': '---\nlayout: post\n---\nNo names here.\n',
  })
  const plan = planImport(dir)
  const post = (name: string) =>
    String(plan.files.find((f) => f.target === `content/posts/${name}.md`)!.data)
  assert.match(post('2020-01-01-a'), /\n<script src="\/assets\/js\/names\.js" defer><\/script>\n$/)
  assert.match(post('2020-01-01-a'), /^scripts: true$/m)
  assert.doesNotMatch(post('2020-01-01-a'), /lib\.js/)
  assert.doesNotMatch(post('2020-01-02-b'), /<script/)
  assert.ok(plan.files.some((f) => f.target === 'public/assets/js/names.js'))
  assert.deepEqual(
    plan.report.notes.filter((n) => /layout's script/.test(n.message)).map((n) => n.message),
    [
      "the layout's script /assets/js/names.js (_layouts/default.html:4) fills .name here: the page loads it itself",
    ],
  )
})

test("another host's stylesheet in a document is taken out, lines kept, and flagged; the site's own stays", () => {
  const md =
    'Intro.\n<link id="css" rel="stylesheet" href="https://cdn.example/x.css?6">\n<link rel="stylesheet" href="https://cdn.example/k.css"\n  crossorigin="anonymous">\n<link rel="stylesheet" href="/assets/own.css">\nAfter.'
  const { text, notes } = convertScripts(md, 'assets/js/imported/post')
  assert.equal(text, 'Intro.\n\n\n\n<link rel="stylesheet" href="/assets/own.css">\nAfter.')
  assert.deepEqual(
    notes.map((n) => `${n.line} ${n.kind}`),
    ['2 flagged', '3 flagged'],
  )
})

test("the layout's libraries a post's scripts use load first in that post, with their extensions", () => {
  const dir = tree({
    '_config.yml': 'title: T\n',
    '_layouts/default.html':
      '<html><head>\n<script src="/js/chart.min.js"></script>\n<script src="/js/chart-extra.js"></script>\n<script src="/js/other.js"></script>\n</head><body>{{ content }}</body></html>\n',
    'js/chart.min.js': '(function(t){t.chart=t.chart||{};t.length=1})(this)\n',
    'js/chart-extra.js': 'chart.extra = function () {}\n',
    'js/other.js': 'window.other = 1\n',
    'js/draw.js': 'chart.draw("#plot")\n',
    '_posts/2020-01-01-a.md':
      '---\nlayout: default\n---\nA plot:\n\n<div id="plot"></div>\n<script src="/js/draw.js"></script>\n',
    '_posts/2020-01-02-b.md':
      '---\nlayout: default\n---\n<script>\nvar chart = {}\nchart.draw()\n</script>\n',
  })
  const plan = planImport(dir)
  const post = (name: string) =>
    String(plan.files.find((f) => f.target === `content/posts/${name}.md`)!.data)
  const body = post('2020-01-01-a').split('---\n')[2]!
  assert.match(
    body,
    /^\n?<script src="\/js\/chart\.min\.js" defer><\/script>\n<script src="\/js\/chart-extra\.js" defer><\/script>\n/,
  )
  assert.doesNotMatch(body, /other\.js/)
  // A post that declares the name itself does not need the library.
  assert.doesNotMatch(post('2020-01-02-b'), /chart\.min\.js/)
  assert.match(
    plan.report.notes.map((n) => n.message).join('\n'),
    /the page's scripts use chart, which the layout's \/js\/chart\.min\.js \(_layouts\/default\.html:2\) provided/,
  )
})

test("a layout's script a post carries brings the library it needs; a CDN library the site serves is its own copy", () => {
  const dir = tree({
    '_config.yml': 'title: T\n',
    '_layouts/default.html':
      '<html><head>\n<script src="/js/jq.min.js"></script>\n<script src="/js/unused.js"></script>\n<script src="https://cdnjs.cloudflare.com/ajax/libs/KaTeX/0.6.0/katex.min.js"></script>\n<script src="/js/tabs.min.js"></script>\n</head><body>{{ content }}</body></html>\n',
    'js/jq.min.js': '!function(a){a.jQuery=a.$=function(){}}(window)\n',
    'js/unused.js': 'window.unused = 1\n',
    'js/tabs.min.js':
      'if("undefined"==typeof jQuery)throw new Error("tabs need jQuery");+function($){$(".tab-pane").hide()}(jQuery)\n',
    '_posts/2020-01-01-a.md': '---\nlayout: default\n---\n<div class="tab-pane">One</div>\n',
    '_posts/2020-01-02-b.md':
      '---\nlayout: default\n---\n<p id="f"></p>\n<script>\nkatex.render("x^2", document.getElementById("f"))\n</script>\n',
  })
  const plan = planImport(dir)
  const body = (name: string) =>
    String(plan.files.find((f) => f.target === `content/posts/${name}.md`)!.data).split('---\n')[2]!
  // Bootstrap-style plugins need jQuery, loaded first; the page's own scripts never name it.
  assert.match(body('2020-01-01-a'), /^\n?<script src="\/js\/jq\.min\.js" defer><\/script>\n/)
  assert.match(body('2020-01-01-a'), /<script src="\/js\/tabs\.min\.js" defer><\/script>\n$/)
  assert.doesNotMatch(body('2020-01-01-a'), /unused|katex/)
  // KaTeX from a CDN: the site's own copy, before the page's script.
  assert.match(
    body('2020-01-02-b'),
    /^\n?<script src="\/vendor\/katex\.min\.js" defer><\/script>\n/,
  )
  assert.doesNotMatch(body('2020-01-02-b'), /jq\.min|cdnjs/)
})

test("the layout's libraries a post carries are deferred, before its own deferred scripts; an async script of the post's keeps them blocking", () => {
  // Blocking scripts at the top of the content held up the first paint (issue 15's Lighthouse
  // scores): deferred, they still run before the post's scripts, which are deferred too.
  const dir = tree({
    '_config.yml': 'title: T\n',
    '_layouts/default.html':
      '<html><head>\n<script src="/js/chart.min.js"></script>\n<script type="module" src="/js/chart-mod.js"></script>\n</head><body>{{ content }}</body></html>\n',
    'js/chart.min.js': '(function(t){t.chart={}})(this)\n',
    'js/chart-mod.js': 'window.chartMod = {}\n',
    'js/draw.js': 'chart.draw("#plot"); chartMod.go()\n',
    '_posts/2020-01-01-a.md':
      '---\nlayout: default\n---\n<div id="plot"></div>\n<script src="/js/draw.js"></script>\n<script>\nchart.more()\n</script>\n',
    '_posts/2020-01-02-b.md':
      '---\nlayout: default\n---\n<div id="plot"></div>\n<script src="/js/draw.js" async></script>\n',
  })
  const plan = planImport(dir)
  const scripts = (name: string) =>
    String(plan.files.find((f) => f.target === `content/posts/${name}.md`)!.data).match(
      /<script\b[^>]*>/g,
    )
  assert.deepEqual(scripts('2020-01-01-a'), [
    '<script src="/js/chart.min.js" defer>',
    '<script src="/js/chart-mod.js" type="module">',
    '<script defer src="/js/draw.js">',
    '<script src="/assets/js/imported/2020-01-01-a-1.js" defer>',
  ])
  assert.deepEqual(scripts('2020-01-02-b'), [
    '<script src="/js/chart.min.js">',
    '<script src="/js/chart-mod.js" type="module">',
    '<script defer src="/js/draw.js" async>',
  ])
})

test("a minified library's one-letter and browser names are not what it publishes: a page that uses neither loads none of the layout's libraries", () => {
  // As on a real site: Bootstrap sets `t.window`-like properties, a minified d3 sets `t.M` and
  // `t.A`; the post's own scripts use `window` and a bundled `A`, and need none of them.
  const dir = tree({
    '_config.yml': 'title: T\n',
    '_layouts/default.html':
      '<html><head>\n<script src="/js/jq.min.js"></script>\n<script src="/js/graph.min.js"></script>\n<script src="/js/tabs.min.js"></script>\n</head><body>{{ content }}</body></html>\n',
    'js/jq.min.js': '!function(a){a.jQuery=a.$=function(){}}(window)\n',
    'js/graph.min.js': '!function(t){t.graph={};t.M=1;t.A=2;t.window=t}(this)\n',
    'js/tabs.min.js':
      'if("undefined"==typeof jQuery)throw new Error("tabs need jQuery");+function(t){t.M=t.A;t.window=t;t.Object=1}(jQuery)\n',
    'js/app.js': 'var x = A(1); M.go()\n',
    '_posts/2020-01-01-a.md':
      '---\nlayout: default\n---\n<script>\nwindow.app = {}\nObject.keys(window.app)\n</script>\n<script src="/js/app.js"></script>\n',
  })
  const plan = planImport(dir)
  const body = String(
    plan.files.find((f) => f.target === 'content/posts/2020-01-01-a.md')!.data,
  ).split('---\n')[2]!
  assert.doesNotMatch(body, /jq\.min|graph\.min|tabs\.min/)
})

test('a script is read only where it stays inside the site folder once links are followed', () => {
  const outside = tree({ 'secret.js': "document.querySelector('span.name')\n" })
  const dir = tree({
    '_config.yml': 'title: T\n',
    '_layouts/default.html':
      '<html><head>\n<script src="/../' +
      path.basename(outside) +
      '/secret.js"></script>\n<script src="/assets/js/linked.js"></script>\n</head><body>{{ content }}</body></html>\n',
    '_posts/2020-01-01-a.md': '---\nlayout: default\n---\nWritten by <span class="name"></span>.\n',
  })
  fs.mkdirSync(path.join(dir, 'assets/js'), { recursive: true })
  fs.symlinkSync(path.join(outside, 'secret.js'), path.join(dir, 'assets/js/linked.js'))
  // Both scripts would fill the post's span: neither is read, so the post loads neither.
  const plan = planImport(dir)
  const post = String(plan.files.find((f) => f.target === 'content/posts/2020-01-01-a.md')!.data)
  assert.doesNotMatch(post, /<script/)
  assert.ok(!plan.files.some((f) => /secret|linked/.test(f.target)))
})
