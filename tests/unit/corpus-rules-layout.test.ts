import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contentRoot } from '../../scripts/jekyll-compare/compare'
import { attr, elements, parseHtml } from '../../scripts/output/html'
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
})
