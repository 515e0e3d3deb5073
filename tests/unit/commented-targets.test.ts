import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { commentedOutTargets } from '@/lib/import/commented-targets'

// jalammar's feed-forward post loads /js/accuracy-graph.js, whose <div id="accuracy-graph"> the
// author commented out: the script threw on the old site and throws on the new one.
test('a script whose element is only inside an HTML comment is flagged at its line', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'commented-'))
  fs.mkdirSync(path.join(site, 'js'))
  fs.writeFileSync(path.join(site, 'js/graph.js'), 'd3.select("#accuracy-graph").append("svg")')
  fs.writeFileSync(path.join(site, 'js/live.js'), 'document.getElementById("chart")')
  const body = [
    'Text.',
    '<script src="/js/graph.js"></script>',
    '<script src="{{ site.baseurl }}/js/live.js"></script>',
    '<script src="/../outside.js"></script>',
    '<!--',
    '<div id="accuracy-graph"></div>',
    '<div id="chart"></div>',
    '-->',
    '<div id="chart"></div>',
  ].join('\n')
  const notes = commentedOutTargets(site, '_posts/x.md', 5, body)
  assert.deepEqual(
    notes.map((n) => `${n.file}:${n.line}: ${n.kind}: ${n.message.split(':')[0]}`),
    [
      '_posts/x.md:6: flagged: script /js/graph.js looks up #accuracy-graph, which this page has only inside an HTML comment',
    ],
  )
  // Named for the corpus tests, which accept exactly the errors such scripts throw.
  assert.deepEqual(
    notes.map((n) => n.throwingScript),
    ['/js/graph.js'],
  )
  // With the element outside the comment, nothing to say.
  assert.deepEqual(
    commentedOutTargets(
      site,
      '_posts/x.md',
      5,
      body.replace('<!--', '<div id="accuracy-graph"></div>\n<!--'),
    ),
    [],
  )
})

// A module script is often a few lines that import the drawing code from another file of the site.
test('the lookup may be in a file the script imports', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'commented-'))
  fs.mkdirSync(path.join(site, 'js'))
  fs.writeFileSync(path.join(site, 'js/app.js'), 'export const draw = () => d3.select("#viz_ones")')
  fs.writeFileSync(path.join(site, 'js/main.js'), 'import { draw } from "/js/app.js"\ndraw()')
  const body = [
    '<script type="module" src="/js/main.js"></script>',
    '<!-- <div id="viz_ones"></div> -->',
  ].join('\n')
  assert.deepEqual(
    commentedOutTargets(site, '_posts/y.md', 3, body).map((n) => `${n.line}: ${n.throwingScript}`),
    ['3: /js/main.js'],
  )
})
