import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { planImport } from '@/lib/import/jekyll-site'

// Hand-made academic sites keep a CV or a publication list in _data/ and a layout that shows it
// around the page's text (issue 15): that output is written into the page at import.

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layout-data-'))
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

const FILES = {
  '_config.yml': 'title: T\nurl: https://lee.example.org\n',
  '_data/cv/education.yml': '- title: PhD, Glasgow\n  years: 2019-2023\n- title: BSc, Edinburgh\n',
  '_data/other.yml': '- unused\n',
  '_data/pubs.yml':
    '- name: Fast kernels\n  url: /papers/fast/\n- name: Small models\n  url: /papers/small/\n',
  '_layouts/default.html':
    '<!DOCTYPE html>\n<html><body>\n<nav>{% for p in site.pages %}{{ p.title }}{% endfor %}</nav>\n{{ content }}\n</body></html>\n',
  '_layouts/page.html': '---\nlayout: default\n---\n<h1>{{ page.title }}</h1>\n{{ content }}\n',
  '_layouts/cv.html': [
    '---',
    'layout: default',
    '---',
    '{{ content }}',
    '',
    '<h3>Education</h3>',
    '{% for e in site.data.cv.education %}',
    '  <p>{{ e.title }}{% if e.years %} ({{ e.years }}){% endif %}</p>',
    '{% endfor %}',
    '',
  ].join('\n'),
  '_layouts/pubs.html':
    '---\nlayout: page\n---\n<div class="intro">\n{{ content }}\n</div>\n{% include pubs.html %}\n',
  '_includes/pubs.html':
    '<ul>{% for p in site.data.pubs %}<li><a href="{{ p.url }}">{{ p.name }}</a></li>{% endfor %}</ul>',
  '_layouts/home.html':
    '---\nlayout: default\n---\n<h3>Tagline of the home layout</h3>\n{{ content }}\n{% include pubs.html %}\n{% for post in site.posts %}{{ post.title }}{% endfor %}\n',
  'papers/fast.md': '---\ntitle: Fast kernels\n---\nThe paper.\n',
  'cv.md': '---\nlayout: cv\ntitle: CV\n---\nMy *CV*.\n',
  'pubs.md': '---\nlayout: pubs\ntitle: Publications\n---\nPapers, newest *first*.\n',
  'about.md': '---\nlayout: page\ntitle: About\n---\nAbout me.\n',
  'index.md': '---\nlayout: home\ntitle: Home\n---\nHello.\n',
}

test("a layout's list of _data is written into the page around its text", () => {
  const dir = site(FILES)
  const plan = planImport(dir)
  const text = (target: string) => String(plan.files.find((f) => f.target === target)?.data)
  const cv = text('content/pages/cv.md')
  assert.match(
    cv,
    /\nMy \*CV\*\.\n\n<h3>Education<\/h3>\n\s*<p>PhD, Glasgow \(2019-2023\)<\/p>\n\s*<p>BSc, Edinburgh<\/p>\n$/,
  )
  // The page's Markdown inside an element the layout opened is still read as Markdown; a link to a
  // page nobody wrote keeps its text only; the frame and a title-only layout are the site's.
  const pubs = text('content/pages/pubs.md')
  assert.match(pubs, /<div class="intro" markdown="1">\n\nPapers, newest \*first\*\.\n\n<\/div>/)
  assert.match(pubs, /<li><a href="\/papers\/fast\/">Fast kernels<\/a><\/li><li>Small models<\/li>/)
  assert.doesNotMatch(pubs, /<h1>|<nav>|<html/)
  assert.ok(
    plan.report.notes.some(
      (n) =>
        n.kind === 'flagged' &&
        n.message.includes('"/papers/small/"') &&
        n.message.includes('pubs.md'),
    ),
  )
  assert.ok(
    plan.report.notes.some(
      (n) => n.file === '_layouts/pubs.html' && n.message.includes('"/papers/small/"'),
    ),
  )
  // The data files whose entries went into a page are not reported lost; an unused one is.
  const dataNote = (file: string) => plan.report.notes.find((n) => n.file === file)?.kind
  assert.equal(dataNote('_data/cv/education.yml'), 'converted')
  assert.equal(dataNote('_data/pubs.yml'), 'converted')
  assert.equal(dataNote('_data/other.yml'), 'flagged')
  assert.doesNotMatch(text('content/pages/about.md'), /<h1>/)
  // A loop over the posts in such a layout becomes a link to the site's own list.
  const home = text('content/pages/index.md')
  assert.match(
    home,
    /<h3>Tagline of the home layout<\/h3>\n\nHello\.\n\n<ul><li>.*Fast kernels.*<\/ul>\n<p><a href="\/posts\/">All posts<\/a><\/p>/,
  )
  assert.match(text('content/pages/about.md'), /About me\./)
  fs.rmSync(dir, { recursive: true })
})
