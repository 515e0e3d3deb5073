import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { planImport } from '@/lib/import/jekyll-site'
import { applyPlan } from '@/lib/import/manifest'
import { convertLegacyHtml, handlerScript } from '@/lib/import/legacy-html'
import { convertLiquid, decideParameterConditions } from '@/lib/import/liquid'
import { convertMathJax } from '@/lib/import/math'
import { pageMath } from '@/lib/import/page-math'
import { canonicalDate } from '@/lib/import/permalink'

// The rules real Jekyll sites needed (issue 15), each on the smallest site that shows it.

/** Writes a Jekyll site into a temporary folder and returns its path. */
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jekyll-rules-'))
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

const planned = (dir: string, target: string) => {
  const plan = planImport(dir)
  const file = plan.files.find((f) => f.target === target)
  return { plan, text: file ? String(file.data) : undefined }
}

test('dates Jekyll accepts are written in the form the site reads', () => {
  assert.equal(canonicalDate('2019-04-25 9:00:00'), '2019-04-25 09:00:00')
  assert.equal(canonicalDate('2019-4-5'), '2019-04-05')
  assert.equal(canonicalDate('2019-04-25T09:00:00+01:00'), '2019-04-25 09:00:00 +0100')
  assert.equal(canonicalDate('2019-04-25 09:00 UTC'), '2019-04-25 09:00:00 +0000')
  assert.equal(canonicalDate('April 2019'), undefined)
  const dir = site({
    '_config.yml': '',
    '_posts/2019-04-25-recipe.md': '---\ntitle: R\ndate: 2019-04-25 9:00:00\n---\nText\n',
  })
  assert.match(
    planned(dir, 'content/posts/2019-04-25-recipe.md').text!,
    /^date: 2019-04-25 09:00:00$/m,
  )
})

test('a _config.yml without title, description or author still imports, each gap flagged', () => {
  const dir = site({ '_config.yml': '# everything commented out\n', 'about.md': '---\n---\nHi\n' })
  const { plan, text } = planned(dir, 'content/site.yaml')
  assert.match(text!, /^title: \S+/m)
  assert.match(text!, /^description: \S+/m)
  assert.match(text!, /^ {2}name: \S+/m)
  const flagged = plan.report.notes.filter((n) => n.kind === 'flagged').map((n) => n.message)
  for (const key of ['title', 'description', 'author'])
    assert.ok(
      flagged.some((m) => m.startsWith(`no ${key} in _config.yml`)),
      key,
    )
})

test('post_url names the source file even when the front matter dates the post otherwise', () => {
  const dir = site({
    '_config.yml': 'permalink: /:year/:month/:title/\n',
    '_posts/2021-11-10-music_video.md': '---\ntitle: M\ndate: 2021-11-12\n---\nM\n',
    '_posts/2021-12-01-next.md': '---\ntitle: N\n---\nSee {% post_url 2021-11-10-music_video %}.\n',
  })
  const { text } = planned(dir, 'content/posts/2021-12-01-next.md')
  assert.match(text!, /See \/2021\/11\/music_video\/\./)
})

test('a post file name with a space gets a file-safe slug and keeps Jekyll URL', () => {
  const dir = site({
    '_config.yml': 'permalink: /:title/\n',
    '_posts/2020-12-17-explaining transformers.md': '---\ntitle: E\n---\nE\n',
  })
  const { plan } = planned(dir, 'content/posts/2020-12-17-explaining-transformers.md')
  assert.ok(
    plan.files.some((f) => f.target === 'content/posts/2020-12-17-explaining-transformers.md'),
  )
  assert.ok(plan.report.urls.some((u) => u.old === '/explaining-transformers/'))
})

test('defaults: redirect_from placeholders are expanded for each post', () => {
  const dir = site({
    '_config.yml':
      'defaults:\n  - scope: { path: "", type: posts }\n    values:\n      redirect_from: /:year/:month/:day/:title.html\npermalink: /blog/:title/\n',
    '_posts/2019-08-07-first.md': '---\ntitle: A\n---\nA\n',
    '_posts/2020-01-02-second.md': '---\ntitle: B\n---\nB\n',
  })
  const first = planned(dir, 'content/posts/2019-08-07-first.md').text!
  const second = planned(dir, 'content/posts/2020-01-02-second.md').text!
  assert.match(first, /redirect_from:\n {2}- \/2019\/08\/07\/first\.html/)
  assert.match(second, /redirect_from:\n {2}- \/2020\/01\/02\/second\.html/)
})

test('escaped brackets stay brackets in Markdown; only what MathJax typeset becomes math', () => {
  const md = 'See \\[1\\] and \\(R\\), but \\\\(x^2\\\\). `\\\\(code\\\\)`'
  assert.equal(
    convertMathJax(md, { typesets: true, markdown: true }).text,
    'See \\[1\\] and \\(R\\), but $x^2$. `\\\\(code\\\\)`',
  )
  // A page that loaded no renderer showed its delimiters as text: nothing becomes math.
  assert.equal(convertMathJax(md, { typesets: false, markdown: true }).text, md)
  // An HTML document is not read by kramdown: MathJax saw \( itself.
  assert.equal(convertMathJax('a \\(x\\) b', { typesets: true, markdown: false }).text, 'a $x$ b')
})

test("MathJax's script goes from the page, but never from code that shows how to set it up", () => {
  const md = [
    '<script type="text/x-mathjax-config">MathJax.Hub.Config({})</script>',
    'Add this to the head:',
    '',
    '1. In `_includes/head.html`:',
    '',
    '    ```html',
    '    <script type="text/x-mathjax-config">',
    '      MathJax.Hub.Config({ TeX: {} })',
    '    </script>',
    '    <script src="https://cdn.example/MathJax.js"></script>',
    '    ```',
    '',
    '{% highlight html %}',
    '<script src="/mathjax/MathJax.js"></script>',
    '{% endhighlight %}',
    '',
    'Inline: `<script src="mathjax.js"></script>`.',
    '',
  ].join('\n')
  const { text, notes } = convertMathJax(md, { typesets: true, markdown: true })
  assert.equal(text, md.replace(/^<script[^\n]*\n/, '\n'))
  assert.equal(notes.filter((n) => n.kind === 'dropped').length, 1)
})

test('a page typesets math when its layout loads MathJax, under the layout conditions', () => {
  const dir = site({
    '_config.yml': '',
    '_layouts/post.html':
      '---\nlayout: default\n---\n{{ content }}\n{% if page.mathjax %}<script src="//cdn.mathjax.org/MathJax.js"></script>{% endif %}\n',
    '_layouts/default.html':
      '<html><link rel="stylesheet" href="katex.min.css"><script src="katex.min.js"></script>{{ content }}</html>',
  })
  assert.equal(pageMath(dir, { layout: 'post', mathjax: true }, '', {}).typesets, true)
  assert.equal(pageMath(dir, { layout: 'post', mathjax: false }, '', {}).typesets, false)
  // KaTeX without its auto-render typesets nothing by itself.
  assert.equal(pageMath(dir, { layout: 'default' }, '', {}).typesets, false)
})

test('include conditions on literal parameters are decided (Liquid: "" is set, absent is not)', () => {
  const text =
    '{% if include.url %}<a href="{{ include.url }}">{% endif %}<img>{% unless include.caption %}none{% else %}{{ include.caption }}{% endunless %}'
  assert.equal(
    decideParameterConditions(text, { url: '' }),
    '<a href="{{ include.url }}"><img>none',
  )
  assert.equal(decideParameterConditions(text, { caption: 'c' }), '<img>{{ include.caption }}')
})

const legacy = (text: string, files: string[] = []) =>
  convertLegacyHtml(text, {
    exists: (p) => files.includes(p),
    baseDir: '/2020/01/02/post/',
    origins: ['https://example.github.io'],
  })

test('old HTML becomes its clean equivalent, each change noted with its line; code is left alone', () => {
  const out = legacy(
    '<center>hi</center>\n<a name="top"></a>\n<table border="1" cellspacing="0" align="center"><tr><td valign="top">x</td></tr></table>\n<iframe src="https://www.youtube.com/embed/abc"></iframe>\n```\n<center>code</center>\n```\n',
  )
  assert.equal(
    out.text,
    '<div style="text-align:center">hi</div>\n<a id="top"></a>\n<table style="margin-inline:auto"><tr><td style="vertical-align:top">x</td></tr></table>\n<iframe src="https://www.youtube.com/embed/abc" title="YouTube video"></iframe>\n```\n<center>code</center>\n```\n',
  )
  assert.deepEqual([...new Set(out.notes.map((n) => n.line))], [1, 2, 3, 4])
  assert.equal(out.notes.find((n) => n.line === 4)!.kind, 'flagged')
})

test('an <image> with a URL broken over lines is the <img> browsers saw, lines kept', () => {
  const out = legacy('<image src="/images/a/\nb.png "/>\nnext', ['/images/a/b.png'])
  assert.equal(out.text, '<img src="/images/a/b.png"\n />\nnext')
})

test('images the Jekyll site never had are kept as source and flagged with their line', () => {
  const out = legacy(
    'text\n<img src="/images/gone.png">\n![x](/images/also-gone.png)\n![y](ok.png)',
    ['/2020/01/02/post/ok.png'],
  )
  assert.deepEqual(
    out.notes.map((n) => [n.line, n.kind, n.message.split(' is ')[0]]),
    [
      [2, 'flagged', 'image /images/gone.png'],
      [3, 'flagged', 'image /images/also-gone.png'],
      [4, 'converted', "relative image ok.png became /2020/01/02/post/ok.png (the page's URL"],
    ],
  )
  assert.doesNotMatch(out.text, /<img src="\/images\/gone/)
  // Relative to the page's URL, as on the Jekyll site.
  assert.match(out.text, /!\[y\]\(\/2020\/01\/02\/post\/ok\.png\)/)
})

test('{{ site.url }} and the site own origin before a path become a path in the site', () => {
  const out = legacy(
    '<img src="{{ site.url }}/assets/a.png">\n![b]({{ site.url }}{{ site.baseurl }}/assets/b.png)\n<img src="https://example.github.io/assets/c.png">',
    ['/assets/a.png', '/assets/b.png', '/assets/c.png'],
  )
  assert.equal(
    out.text,
    '<img src="{{ site.baseurl }}/assets/a.png">\n![b]({{ site.baseurl }}/assets/b.png)\n<img src="{{ site.baseurl }}/assets/c.png">',
  )
})

test('files Jekyll publishes (a README, a LICENSE, a layout vendor/ file) are published', () => {
  const dir = site({
    '_config.yml': '',
    'README.md': '# Repo\n',
    'LICENSE.txt': 'MIT\n',
    'vendor/css/x.css': 'a{}',
    'vendor/bundle/gem.rb': '',
    Gemfile: '',
  })
  const targets = planImport(dir).files.map((f) => f.target)
  for (const t of ['public/README.md', 'public/LICENSE.txt', 'public/vendor/css/x.css'])
    assert.ok(targets.includes(t), t)
  assert.ok(!targets.some((t) => t.includes('vendor/bundle') || t.endsWith('Gemfile')))
})

test('inline event handlers become listeners in the page script file (the policy stays strict)', () => {
  const out = legacy(`<button onclick="playArray([1, 2]); return false;">Play</button>`)
  assert.equal(out.text, '<button data-jekyll-handler="1">Play</button>')
  assert.deepEqual(out.handlers, [
    { id: 1, event: 'click', code: 'playArray([1, 2]); return false;' },
  ])
  const script = handlerScript(out.handlers)
  // The script runs: clicking calls the handler with the element as `this`, and `return false`
  // prevents the default action, as the inline attribute did.
  const calls: unknown[] = []
  let listener: ((event: { preventDefault(): void }) => void) | undefined
  const el = {
    addEventListener: (_: string, fn: (event: { preventDefault(): void }) => void) =>
      (listener = fn),
  }
  const document = { querySelectorAll: () => [el] }
  new Function('document', 'playArray', script)(document, (a: unknown) => calls.push(a))
  let prevented = false
  listener!.call(el, { preventDefault: () => (prevented = true) })
  assert.deepEqual(calls, [[1, 2]])
  assert.equal(prevented, true)
})

test("a Liquid list of the site's posts becomes a link to the site's own list", () => {
  const ctx = { postUrl: () => undefined, linkUrl: () => undefined, readInclude: () => undefined }
  const out = convertLiquid(
    '<ul class="posts">\n{% for post in site.posts %}\n<li>{{ post.title }}</li>\n{% endfor %}\n</ul>',
    ctx,
  )
  assert.equal(out.text, '<ul class="posts">\n<li><a href="/posts/">All posts</a></li>\n\n\n</ul>')
  assert.deepEqual(
    out.notes.map((n) => [n.line, n.kind]),
    [[2, 'flagged']],
  )
})

test("a file that is still the project's committed placeholder is replaced, and reported", () => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'jekyll-placeholder-'))
  const git = (...args: string[]) =>
    spawnSync('git', args, {
      cwd: repo,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
      },
    })
  git('init', '-q')
  fs.mkdirSync(path.join(repo, 'public'))
  fs.writeFileSync(path.join(repo, 'public/photo.jpg'), 'placeholder')
  fs.writeFileSync(path.join(repo, 'public/edited.jpg'), 'placeholder')
  git('add', '.')
  git('commit', '-qm', 'placeholders')
  fs.writeFileSync(path.join(repo, 'public/edited.jpg'), 'the author photo')
  const dirs = { content: path.join(repo, 'content'), public: path.join(repo, 'public') }
  const result = applyPlan(
    [
      { target: 'public/photo.jpg', data: 'site photo' },
      { target: 'public/edited.jpg', data: 'site photo' },
    ],
    dirs,
    { dryRun: false, force: false },
  )
  assert.deepEqual(result.placeholders, ['public/photo.jpg'])
  assert.deepEqual(result.kept, ['public/edited.jpg'])
  assert.equal(fs.readFileSync(path.join(repo, 'public/photo.jpg'), 'utf8'), 'site photo')
})

test('paginate: N becomes posts.per_page, and the old list pages lead to the new ones', () => {
  const posts = Object.fromEntries(
    [1, 2, 3, 4, 5].map((d) => [`_posts/2020-01-0${d}-p${d}.md`, `---\ntitle: P${d}\n---\nP\n`]),
  )
  const dir = site({ '_config.yml': 'paginate: 2\n', ...posts })
  const text = planned(dir, 'content/site.yaml').text!
  assert.match(text, /^ {2}per_page: 2$/m)
  assert.match(
    text,
    /- from: \/page2\/\n {4}to: \/posts\/page\/2\/\n {2}- from: \/page3\/\n {4}to: \/posts\/page\/3\/\n/,
  )
})

test('inside Markdown math, kramdown escapes (\\_ and \\*) are what MathJax saw unescaped', () => {
  assert.equal(
    convertMathJax('a \\\\( y\\_i + x\\*2 \\\\) b', { typesets: true, markdown: true }).text,
    'a $y_i + x*2$ b',
  )
})

test('the navigation leads with the home page, and a home page titled like another page is "Home"', () => {
  const page = (title: string, permalink?: string) =>
    `---\ntitle: ${title}\n${permalink ? `permalink: ${permalink}\n` : ''}---\nText.\n`
  const dir = site({
    '_config.yml': 'title: Ada Example\n',
    'about.md': page('About', '/about/'),
    'bio.md': page('Ada Example'),
    'index.md': page('Ada Example'),
    'talks.md': page('Talks', '/talks/'),
  })
  const { text } = planned(dir, 'content/site.yaml')
  const nav = [...text!.matchAll(/- title: (.+)\n\s+url: (.+)/g)].map((m) => `${m[1]} ${m[2]}`)
  assert.deepEqual(nav, [
    'Home /',
    'Posts /posts/',
    'About /about/',
    'Ada Example /bio/',
    'Talks /talks/',
  ])
})
