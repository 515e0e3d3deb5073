import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { toHtml } from 'hast-util-to-html'
import { VFile } from 'vfile'
import { markScriptTargets, namesInScripts } from '@/lib/import/script-targets'
import { markdownToHast } from '@/lib/markdown/markdown'

async function render(markdown: string, scripts = true) {
  const file = new VFile({ path: 'post.md', value: markdown, data: { url: '/x/', scripts } })
  const html = toHtml(await markdownToHast(file, '/base'))
  return { html, fatal: file.messages.filter((m) => m.fatal).map((m) => m.reason) }
}

// jalammar's chart posts: d3 and the drawing code no longer run while the page loads.
test("a document's scripts are kept inert, in order, for the loader to run when seen", async () => {
  const { html, fatal } = await render(
    [
      '<script src="/js/d3.min.js" defer></script>',
      '',
      'Text.',
      '',
      '<div id="chart"></div>',
      '',
      '<script type="text/javascript" src="/js/draw.js"></script>',
      '<script src="/assets/js/imported/x-2.js" type="module"></script>',
      '<script type="text/bibliography">@article{a}</script>',
    ].join('\n'),
  )
  assert.deepEqual(fatal, [])
  assert.deepEqual(
    [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]),
    [
      // The loader, where the first script was (with the base path, like the scripts).
      '<script src="/base/vendor/scripts-when-seen.js" defer>',
      '<script src="/base/js/d3.min.js" type="text/x-when-seen">',
      '<script type="text/x-when-seen" src="/base/js/draw.js">',
      '<script src="/base/assets/js/imported/x-2.js" type="text/x-when-seen" data-type="module">',
      // Data, not a script: as it was.
      '<script type="text/bibliography">',
    ],
  )
})

test('pages without scripts, with an inline script or with Plotly are left as they are', async () => {
  const none = await render('Just text.\n\n<div id="chart"></div>')
  assert.doesNotMatch(none.html, /script/)
  // Scripts are refused where the document may not run them: nothing to make inert.
  const off = await render('<script src="/js/x.js"></script>', false)
  assert.doesNotMatch(off.html, /when-seen/)
  // An inline script could not be run by the loader in its place under the page's policy.
  const inline = await render('<script src="/js/x.js"></script>\n<script>draw()</script>')
  assert.match(inline.html, /<script src="\/base\/js\/x.js"><\/script>/)
  assert.doesNotMatch(inline.html, /when-seen/)
  // Plotly's stand-in waits for its charts itself.
  const plotly = await render(
    '<script src="/vendor/plotly-when-seen.js" defer></script>\n<script src="/assets/js/imported/p-1.js" defer></script>',
  )
  assert.doesNotMatch(plotly.html, /scripts-when-seen|x-when-seen/)
})

test('the names scripts look elements up by: selectors, ids passed along, getElementsByClassName', () => {
  const { ids, classes } = namesInScripts([
    'd3.select("#training-chart"); $(this.table_el + " #weightSlider"); $(".pronoun, #a > .b")',
    'document.querySelectorAll("span.they, div#panel")',
    'new Viz({parentDiv:"viz_ones"}); document.getElementsByClassName("note big")',
    // A quote inside a regular expression does not hide the names after it.
    'x.replace(/"/g, ""); draw("viz_two")',
  ])
  for (const id of ['training-chart', 'weightSlider', 'a', 'viz_ones', 'viz_two', 'panel'])
    assert.ok(ids.has(id), id)
  for (const c of ['pronoun', 'b', 'note', 'big', 'they']) assert.ok(classes.has(c), c)
})

test("the import marks the elements a document's scripts draw into, not commented ones", () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'script-targets-'))
  fs.mkdirSync(path.join(site, 'js'))
  fs.writeFileSync(path.join(site, 'js/app.js'), 'export const draw = () => render("viz_hero")')
  fs.writeFileSync(path.join(site, 'js/graph.js'), 'd3.select("#sigmoid-graph").append("svg")')
  const body = [
    '<div id="viz_hero" class="ecco"></div>',
    '<div id="sigmoid-graph"></div>',
    '<span class="pronoun">they</span>',
    '<div id="text">Words.</div>',
    '<!-- <div id="sigmoid-graph"></div> -->',
    '<script src="/js/graph.js" defer></script>',
    '<script src="/assets/js/imported/post-1.js" type="module"></script>',
  ].join('\n')
  const moved = [
    {
      file: 'assets/js/imported/post-1.js',
      text: 'import * as app from "/js/app.js";\napp.draw();\n$(".pronoun").text("she")',
    },
  ]
  assert.equal(
    markScriptTargets(site, body, moved),
    [
      '<div data-script-target id="viz_hero" class="ecco"></div>',
      '<div data-script-target id="sigmoid-graph"></div>',
      '<span data-script-target class="pronoun">they</span>',
      '<div id="text">Words.</div>',
      '<!-- <div id="sigmoid-graph"></div> -->',
      '<script src="/js/graph.js" defer></script>',
      '<script src="/assets/js/imported/post-1.js" type="module"></script>',
    ].join('\n'),
  )
  // A document without scripts is left alone.
  assert.equal(
    markScriptTargets(site, '<div id="viz_hero"></div>', []),
    '<div id="viz_hero"></div>',
  )
})
