import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contentRoot } from '../../scripts/jekyll-compare/compare'
import { attr, elements, parseHtml } from '../../scripts/output/html'
import { unlinkMissingFragments } from '@/lib/import/html-fragments'
import { convertLegacyHtml } from '@/lib/import/legacy-html'
import { renderMd } from './helpers'

// Rules the corpus of real Jekyll sites needed (issue 15), each on the smallest input that shows
// it: what the comparison takes for the page's own content, and raw HTML blocks kramdown ends at
// their end tag.

test("the old page's content is the element holding what a reader sees of the source, whatever its scripts say", () => {
  // The post's script holds the words of the layout's header (a citation naming the site).
  const source =
    '<script type="text/bibliography">\n@article{x, journal={Ann Example -- Notes on Small Things, One at a Time}}\n</script>\n\nA post about parsers.\n\nIt has two paragraphs.\n'
  const page = parseHtml(
    '<!doctype html><html><body><header><h1>Ann Example</h1><p>Notes on small things, one at a time</p></header>' +
      '<article class="post"><div class="entry"><p>A post about parsers.</p><p>It has two paragraphs.</p></div></article>' +
      '<footer>Subscribe</footer></body></html>',
  )
  const body = [...elements(page)].find((e) => e.tagName === 'body')!
  // The article or the div in it (the same words), not the body with the header and footer.
  assert.match(attr(contentRoot(body, source), 'class') ?? 'body', /^(post|entry)$/)
})

test('a raw HTML block ends at its end tag, so the next element on the following line stays HTML', async () => {
  // CommonMark runs the <p> block on to the blank line, through `<figure>`; the figure's indented
  // lines after that blank line would be read as code.
  const { html } = await renderMd(
    '<p>\nOne.\n</p>\n<figure>\n\n    <div id="chart"></div>\n    <figcaption>A chart.</figcaption>\n</figure>\n\nAfter.',
  )
  assert.doesNotMatch(html, /<pre|<code/)
  assert.match(html, /<div id="chart"><\/div>\s*<figcaption>A chart.<\/figcaption>\s*<\/figure>/)
  assert.match(html, /<p>After.<\/p>/)
  // What follows the end tag on the next lines is Markdown again, a fenced code block included.
  const after = await renderMd(
    '<div class="x" markdown="0">\n  <em>kept</em>\n</div>\nNote *this*:\n```python\nprint(1)\n```\n',
  )
  assert.match(after.html, /<\/div>\s*<p>Note <em>this<\/em>:<\/p>\s*<div class="code-block"><pre/)
})

test('line breaks taken out of a converted start tag never leave a blank line inside it', async () => {
  // frameborder becomes CSS, so the tag is rewritten; its style had two line breaks.
  const options = { exists: () => true, baseDir: '/', origins: [] }
  const md =
    'Watch:\n<iframe src="https://www.youtube.com/embed/x" style="\nwidth: 100%;\nmax-width: 560px;" title="v" frameborder="0" allowfullscreen></iframe>\n\nafter'
  const { text } = convertLegacyHtml(md, options)
  assert.equal(text.split('\n').length, md.split('\n').length)
  assert.doesNotMatch(text, /\n[ \t]*\n[^\n]*<\/iframe>/)
  const { html } = await renderMd(text)
  assert.match(
    html,
    /<iframe src="https:\/\/www\.youtube\.com\/embed\/x"[^>]*border:0[^>]*>\s*<\/iframe>/,
  )
})

test("with parse_block_html, a table's content stays raw HTML as kramdown keeps it, however indented", async () => {
  const { html } = await renderMd(
    '{::options parse_block_html="true" /}\n<div class="t">\n  <table>\n    <tbody>\n      <tr>\n        <td>22</td>\n      </tr>\n    </tbody>\n  </table>\n</div>\n\n<div>\n*parsed*\n</div>\n',
  )
  assert.doesNotMatch(html, /<pre|<code/)
  assert.match(
    html,
    /<table[^>]*>\s*<tbody>\s*<tr>\s*<td>22<\/td>\s*<\/tr>\s*<\/tbody>\s*<\/table>/,
  )
  // A <div>'s content is still Markdown.
  assert.match(html, /<em>parsed<\/em>/)
})

test('an HTML link to an id the page never had keeps its text without the href, flagged; code is left alone', () => {
  const md =
    'See <a href="#gone" class="x">Gone</a> and <a href="#here">Here</a>.\n\n<h2 id="here">Here</h2>\n\n```html\n<a href="#gone">code</a>\n```\n'
  const { text, notes } = unlinkMissingFragments(md)
  assert.equal(text, md.replace('<a href="#gone" class="x">', '<a class="x">'))
  assert.deepEqual(
    notes.map((n) => `${n.line} ${n.kind}`),
    ['1 flagged'],
  )
})

test('an element marked markdown="1" inside raw HTML has Markdown content, as kramdown parses it', async () => {
  const { html } = await renderMd(
    '<div class="note">\n\nPlease cite:\n\n<div class="cite" markdown="1">\n\n```text\n@misc{a, title={T}}\n```\n\n</div>\n</div>\n\nAfter.\n',
  )
  assert.match(html, /<div class="cite"><div class="code-block"><pre[^>]*><code>/)
  assert.doesNotMatch(html, /```/)
  assert.match(html, /Please cite:/)
})

test("an author's colours read in both themes: a light background is tinted on dark pages, a faint grey is darkened just enough", () => {
  const md =
    '<tr style="background-color: #ffffd0"><td><span style="color: gray;">| <em>venue</em></span></td></tr>\n<p style="color:#1d1f23;margin:0">Dark enough.</p>\n<span style="color: #fff; background: #222">Light on dark</span>\n'
  const { text, notes } = convertLegacyHtml(md, { exists: () => true, baseDir: '/', origins: [] })
  const [row, para, badge] = text.split('\n')
  assert.match(row!, /<tr style="background-color:light-dark\(#ffffd0,#[0-9a-f]{6}\)">/)
  const light = /color:light-dark\((#[0-9a-f]{6}),(#[0-9a-f]{6})\)/.exec(row!)
  assert.ok(light, row)
  assert.notEqual(light[1], '#808080')
  // No one colour reads at 4.5:1 on both pages: dark text keeps its colour on the light page only.
  assert.match(
    para!,
    /^<p style="color:light-dark\(#1d1f23,#[0-9a-f]{6}\);margin:0">Dark enough\.<\/p>$/,
  )
  assert.equal(badge, '<span style="color: #fff; background: #222">Light on dark</span>')
  assert.deepEqual(
    notes.map((n) => `${n.line} ${n.kind}`),
    ['1 converted', '1 converted', '2 converted'],
  )
})

test('a form control with no label gets one from its name, and is reported; a labelled one is left', () => {
  const md =
    '<select id="ctz"><option>UTC</option></select>\n<select name="time_zone"></select>\n<label for="q">Search</label> <input id="q">\n<label>Name <input type="text"></label>\n<input type="submit">\n'
  const { text, notes } = convertLegacyHtml(md, { exists: () => true, baseDir: '/', origins: [] })
  assert.equal(
    text,
    '<select id="ctz" aria-label="Choose an option"><option>UTC</option></select>\n<select name="time_zone" aria-label="Time zone"></select>\n<label for="q">Search</label> <input id="q">\n<label>Name <input type="text"></label>\n<input type="submit">\n',
  )
  assert.deepEqual(
    notes.map((n) => `${n.line} ${n.kind}`),
    ['1 flagged', '2 flagged'],
  )
})

test('a button with only an icon gets a label from the icon or its data, and is reported; one with text is left', () => {
  const md =
    '<button type="button" class="btn" data-type="minus">\n  <span class="glyphicon glyphicon-minus"></span>\n</button>\n<button data-type="plus"><i></i></button>\n<button type="button">Run</button>\n<button title="Close"><span></span></button>\n'
  const { text, notes } = convertLegacyHtml(md, { exists: () => true, baseDir: '/', origins: [] })
  assert.equal(
    text,
    '<button type="button" class="btn" data-type="minus" aria-label="Minus">\n  <span class="glyphicon glyphicon-minus"></span>\n</button>\n<button data-type="plus" aria-label="Plus"><i></i></button>\n<button type="button">Run</button>\n<button title="Close"><span></span></button>\n',
  )
  assert.deepEqual(
    notes.map((n) => `${n.line} ${n.kind}`),
    ['1 flagged', '4 flagged'],
  )
})
