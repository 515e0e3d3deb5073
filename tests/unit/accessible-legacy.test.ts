import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderMd } from './helpers'

// Old posts (imported ones most of all) skip heading levels and leave alt off raw <img>: the page
// stays accessible, and the author is told where (issue 17: imported sites pass axe).

test('headings that skip a level are shown one below their parent, and reported', async () => {
  const { html, messages } = await renderMd(
    '### First\n\ntext\n\n#### Under first\n\n## Second\n\n#### Deep\n\n##### Deeper',
  )
  const levels = [...html.matchAll(/<h(\d) id="([^"]+)"/g)].map((m) => `${m[2]}:${m[1]}`)
  assert.deepEqual(levels, ['first:2', 'under-first:3', 'second:2', 'deep:3', 'deeper:4'])
  assert.deepEqual(
    messages.map((m) => m.replace(/ \(expected.*/, '')),
    [
      '1:1: warning: a level-3 heading follows the page title, skipping a level: it is shown as level 2',
      '5:1: warning: a level-4 heading follows a level-3 heading, skipping a level: it is shown as level 3',
      '9:1: warning: a level-4 heading follows a level-2 heading, skipping a level: it is shown as level 3',
      '11:1: warning: a level-5 heading follows a level-4 heading, skipping a level: it is shown as level 4',
    ],
  )
})

test('headings that nest properly are untouched and not reported', async () => {
  const md = '## A\n\n### B\n\n#### C\n\n## D\n\n# Own title\n\n## E'
  const { html, messages } = await renderMd(md)
  assert.deepEqual(
    [...html.matchAll(/<h(\d)/g)].map((m) => m[1]),
    ['2', '3', '4', '2', '1', '2'],
  )
  assert.deepEqual(messages, [])
})

test('a raw <img> without alt is marked decorative and reported; one with alt is kept', async () => {
  const { html, messages } = await renderMd(
    'text\n\n<img src="https://example.org/a.png">\n\n<img src="https://example.org/b.png" alt="A chart">',
  )
  assert.match(
    html,
    /<img src="https:\/\/example\.org\/a\.png" loading="eager" fetchpriority="high" decoding="async" alt="">/,
  )
  assert.match(html, /alt="A chart"/)
  assert.deepEqual(messages, [
    '3:1: warning: image https://example.org/a.png has no alt text: it is marked decorative (alt="") (expected alt="what the image shows", or alt="" if it is decoration)',
  ])
})

test("a raw <img> without alt that is a link's only content names the link, and is reported", async () => {
  const { html, messages } = await renderMd(
    'text\n\n<a href="https://example.org/big.png"><img src="https://example.org/big.png" /></a>\n\n<a href="https://example.org/paper"> <img src="https://example.org/x.png"> </a>\n\n<a href="https://example.org/p">Paper <img src="https://example.org/y.png"></a>',
  )
  assert.match(
    html,
    /<img src="https:\/\/example\.org\/big\.png"[^>]* alt="Full-size image: big\.png">/,
  )
  assert.match(html, /<img src="https:\/\/example\.org\/x\.png"[^>]* alt="Link: paper">/)
  assert.match(html, /<img src="https:\/\/example\.org\/y\.png"[^>]* alt="">/)
  assert.deepEqual(
    messages.map((m) => m.replace(/ \(expected.*/, '')),
    [
      '3:39: warning: image https://example.org/big.png is a link\'s only content and has no alt text: alt "Full-size image: big.png" was added',
      '5:38: warning: image https://example.org/x.png is a link\'s only content and has no alt text: alt "Link: paper" was added',
      '7:39: warning: image https://example.org/y.png has no alt text: it is marked decorative (alt="")',
    ],
  )
})

test('an empty header cell (a table’s corner) is a data cell to assistive technology; a header with text stays', async () => {
  // jalammar's tables: <th>&nbsp;</th> over the row names (axe: empty-table-header). The tag
  // stays, since the post's own script looks up its th elements.
  const { html } = await renderMd(
    '<table><thead><tr><th>&nbsp;</th><th>Weight</th></tr></thead><tbody><tr><th>x</th><td>1</td></tr></tbody></table>\n\n| | a |\n|---|---|\n| b | 1 |',
  )
  assert.match(html, /<th role="cell">\u00a0<\/th><th>Weight<\/th>/)
  assert.match(html, /<th>x<\/th>/)
  assert.match(html, /<thead>\s*<tr>\s*<th role="cell">\s*<\/th>\s*<th>a<\/th>/)
  assert.doesNotMatch(html, /<th>(\s|\u00a0)*<\/th>/)
})
