import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import sharp from 'sharp'
import { loadContent, type Post } from '@/lib/content'
import { documentHast } from '@/lib/content/documents'
import { formatIssue, IssueList } from '@/lib/content/issues'
import { contrast, keepReadable } from '@/lib/notebooks/contrast'
import { cleanSvg, sanitizeHtml } from '@/lib/notebooks/html'
import { parseNotebook } from '@/lib/notebooks/parse'
import { copyPostAssets } from '@/scripts/postbuild-posts'

const SITE = `title: T
description: D
url: https://example.org
author: { name: A }
nav: [{ title: Home, url: / }]
`

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-notebooks-'))
  for (const [name, text] of Object.entries({ 'site.yaml': SITE, ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

type Cell = Record<string, unknown>
const lines = (text: string) => text.split(/(?<=\n)/)
const md = (text: string): Cell => ({ cell_type: 'markdown', metadata: {}, source: lines(text) })
const raw = (text: string): Cell => ({ cell_type: 'raw', metadata: {}, source: lines(text) })
const code = (text: string, outputs: unknown[] = []): Cell => ({
  cell_type: 'code',
  execution_count: 1,
  metadata: {},
  outputs,
  source: lines(text),
})
/** A notebook as Jupyter writes it (one-space indent), with a Python kernel by default. */
const notebook = (cells: Cell[], metadata: Record<string, unknown> = {}) =>
  JSON.stringify(
    {
      cells,
      metadata: { kernelspec: { name: 'python3', language: 'python' }, ...metadata },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  )

const NAME = 'posts/2024-05-06-nb.ipynb'

async function load(text: string, name = NAME) {
  const dir = site({ [name]: text })
  const { content, issues } = await loadContent(dir)
  const messages = issues.map(formatIssue).map((m) => m.replace(`${dir}/`, ''))
  return { post: content?.posts[0], messages, dir, content }
}

async function html(post: Post | undefined): Promise<string> {
  assert.ok(post && post.document.format === 'md')
  return toHtml(await documentHast(post.document))
}

/** The line (1-based) of the file on which `needle` first appears. */
const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split('\n').length

const ESC = '\u001b'

describe('reading a notebook', () => {
  it('reports invalid JSON at its line and column, not with a stack trace', () => {
    const issues = new IssueList()
    assert.equal(parseNotebook('{\n "cells": []\n "nbformat": 4\n}', 'x.ipynb', issues), undefined)
    assert.deepEqual(issues.items.map(formatIssue), [
      'x.ipynb:3:2: invalid notebook JSON: expected "," between values (expected a notebook as Jupyter saves it)',
    ])
  })

  it('refuses comments and trailing commas, which JSON does not allow', () => {
    for (const text of ['{"cells": [], // x\n"nbformat": 4}', '{"cells": [],}']) {
      const issues = new IssueList()
      assert.equal(parseNotebook(text, 'x.ipynb', issues), undefined)
      assert.match(issues.items[0]!.message, /^invalid notebook JSON/)
    }
  })

  it('names an old or missing nbformat at its place', () => {
    const issues = new IssueList()
    parseNotebook('{\n "nbformat": 3,\n "worksheets": []\n}', 'x.ipynb', issues)
    parseNotebook('{"cells": []}', 'y.ipynb', issues)
    assert.deepEqual(issues.items.map(formatIssue), [
      'x.ipynb:2:2: nbformat: 3 is not supported (expected 4: open and save the notebook in Jupyter to convert it)',
      'y.ipynb:1:1: missing "nbformat" (expected 4: a Jupyter notebook saved since 2015)',
    ])
  })

  it('checks the cells against nbformat 4, at the offending key', () => {
    const text = notebook([md('# A\n'), { cell_type: 'picture', source: [] }])
    const issues = new IssueList()
    assert.equal(parseNotebook(text, 'x.ipynb', issues), undefined)
    assert.equal(issues.items.length, 1)
    const issue = issues.items[0]!
    assert.equal(issue.line, lineOf(text, '"picture"'))
    assert.match(
      issue.message,
      /^cells\.1\.cell_type: expected cell_type "markdown", "code" or "raw"/,
    )
  })
})

describe('a notebook post', () => {
  it('takes its front matter from the notebook metadata', async () => {
    const { post, messages } = await load(
      notebook([md('Hello.\n')], { title: 'From metadata', tags: ['jupyter'] }),
    )
    assert.deepEqual(messages, [])
    assert.equal(post?.title, 'From metadata')
    assert.equal(post?.url, '/blog/2024/05/06/nb/')
    assert.deepEqual(post?.tags, ['jupyter'])
    assert.equal(post?.document.outline.excerpt, 'Hello.')
  })

  it('or from a leading raw cell (not shown) or Markdown cell (the rest shown) with front matter', async () => {
    const fromRaw = await load(
      notebook([raw('---\ntitle: From a raw cell\ndate: 2024-05-07\n---\n'), md('Body.\n')], {
        title: 'Metadata loses',
      }),
    )
    assert.deepEqual(fromRaw.messages, [])
    assert.equal(fromRaw.post?.title, 'From a raw cell')
    assert.equal(fromRaw.post?.date.day, '2024-05-07')
    assert.doesNotMatch(await html(fromRaw.post), /title:/)

    const fromMarkdown = await load(
      notebook([md('---\ntitle: From Markdown\n---\nFirst *words*.\n')]),
    )
    assert.deepEqual(fromMarkdown.messages, [])
    assert.equal(fromMarkdown.post?.title, 'From Markdown')
    assert.match(await html(fromMarkdown.post), /<p>First <em>words<\/em>\.<\/p>/)
  })

  it('follows the rules of other posts, with errors at their place in the .ipynb file', async () => {
    const text = notebook([raw('---\ndate: not a date\ntags: [ok]\n---\n')])
    const { post, messages } = await load(text)
    assert.equal(post, undefined)
    assert.deepEqual(messages, [
      // Where the YAML starts: the cell's second line, after its opening quote.
      `${NAME}:${lineOf(text, '"date: not a date')}:6: missing required field "title" (expected string)`,
    ])
    const badYaml = notebook([raw('---\ntitle: [unclosed\n---\n')])
    const yaml = await load(badYaml)
    assert.equal(yaml.messages.length, 1)
    assert.match(
      yaml.messages[0]!,
      new RegExp(`^${NAME}:${lineOf(badYaml, 'title: [')}:\\d+: invalid YAML`),
    )
  })

  it('is a content error, not a crash, when the notebook is malformed', async () => {
    const { post, messages } = await load('{"cells": [')
    assert.equal(post, undefined)
    assert.match(messages[0]!, new RegExp(`^${NAME}:1:12: invalid notebook JSON`))
  })

  it('can be a folder post, index.ipynb', async () => {
    const { post, messages } = await load(
      notebook([md('Hi.\n')], { title: 'Folder' }),
      'posts/2024-05-06-folder/index.ipynb',
    )
    assert.deepEqual(messages, [])
    assert.equal(post?.url, '/blog/2024/05/06/folder/')
    assert.deepEqual(post?.files?.[0]?.name, 'folder.ipynb')
  })
})

describe('a notebook page', () => {
  it('renders Markdown cells with math and code cells in the kernel language', async () => {
    const { post, messages } = await load(
      notebook(
        [
          md('## Sum\n\nIt is $n^2$.\n'),
          code('def f(n):\n    return n'),
          md('## Sum\n\n[up](#sum)\n'),
        ],
        { title: 'T' },
      ),
    )
    assert.deepEqual(messages, [])
    const page = await html(post)
    assert.match(page, /class="katex"/)
    assert.match(page, /<div class="code-block"><pre class="shiki/)
    // Highlighted as Python: `def` has a colour of its own.
    assert.match(page, /<span style="--shiki-light:#A0111F;--shiki-dark:#FF7B72">def<\/span>/)
    // Heading ids are unique across cells, and a cell's links follow its own heading.
    assert.match(page, /id="sum"/)
    assert.match(page, /id="sum-1"/)
    assert.match(page, /href="#sum-1">up/)
    assert.match(page, /<a href="\/blog\/2024\/05\/06\/nb\/nb.ipynb" download="nb.ipynb">/)
  })

  it('warns about an unknown kernel language and about problems in cells, at their lines', async () => {
    const text = notebook([md('Intro.\n\n```brainfk\n+\n```\n'), code('x')], {
      title: 'T',
      kernelspec: { language: 'cobol-ish' },
    })
    const { messages } = await load(text)
    assert.equal(messages.length, 2)
    assert.match(
      messages[0]!,
      new RegExp(
        `^${NAME}:${lineOf(text, '```brainfk')}:\\d+: warning: unknown code language "brainfk"`,
      ),
    )
    assert.match(
      messages[1]!,
      new RegExp(
        `^${NAME}:${lineOf(text, '"x"')}:\\d+: warning: unknown code language "cobol-ish"`,
      ),
    )
  })

  it('shows stream and error text with ANSI colours mapped, no escape codes left', async () => {
    const { post } = await load(
      notebook(
        [
          code('run()', [
            { output_type: 'stream', name: 'stdout', text: [`${ESC}[32mok${ESC}[0m done\n`] },
            { output_type: 'stream', name: 'stderr', text: 'careful\n' },
            {
              output_type: 'error',
              ename: 'ValueError',
              evalue: 'bad',
              traceback: [`${ESC}[0;31mValueError${ESC}[0m: bad`],
            },
          ]),
        ],
        { title: 'T' },
      ),
    )
    const page = await html(post)
    assert.doesNotMatch(page, /\u001b|\[0m|\[32m/)
    assert.match(page, /class="shiki[^"]*nb-stream"[^>]*tabindex="0"/)
    assert.match(page, /nb-stream nb-stderr/)
    assert.match(page, /nb-error/)
    const green = /<span style="([^"]*)">ok<\/span>/.exec(page)?.[1]
    const plain = /<span style="([^"]*)"> done<\/span>/.exec(page)?.[1]
    assert.ok(green && plain && green !== plain, 'green text has its own colour')
    assert.match(page, /<span style="[^"]*">ValueError<\/span><span style="[^"]*">: bad/)
  })

  it('publishes PNG, JPEG and SVG outputs as files with dimensions and variants', async () => {
    const png = await sharp({
      create: { width: 600, height: 300, channels: 3, background: '#36c' },
    })
      .png()
      .toBuffer()
    const jpeg = await sharp({ create: { width: 90, height: 60, channels: 3, background: '#c63' } })
      .jpeg()
      .toBuffer()
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>'
    const { post, messages, content } = await load(
      notebook(
        [
          code('plot()', [
            {
              output_type: 'display_data',
              metadata: { 'image/png': { width: 300 } },
              data: { 'image/png': png.toString('base64'), 'text/plain': ['<Figure>'] },
            },
            {
              output_type: 'display_data',
              metadata: {},
              data: { 'image/jpeg': jpeg.toString('base64'), 'text/plain': 'A photo' },
            },
            { output_type: 'display_data', metadata: {}, data: { 'image/svg+xml': svg } },
          ]),
        ],
        { title: 'T' },
      ),
    )
    assert.deepEqual(messages, [])
    const page = await html(post)
    assert.match(
      page,
      /<picture><source type="image\/avif" srcset="\/_img\/[0-9a-f]+-360\.avif 360w, \/_img\/[0-9a-f]+-600\.avif 600w"/,
    )
    assert.match(
      page,
      /<img src="\/blog\/2024\/05\/06\/nb\/output-[0-9a-f]{16}\.png" alt="Output of code cell 1" width="300" height="150" loading="lazy"/,
    )
    assert.match(page, /<img src="[^"]+\.jpg" alt="A photo" width="90" height="60"/)
    assert.match(page, /<img src="[^"]+\.svg" alt="Output of code cell 1" width="40" height="20"/)
    const files = post!.files!.map((f) => f.name)
    assert.equal(files.length, 4)
    assert.equal(files[0], 'nb.ipynb')
    // The post-build step publishes them beside the page.
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-notebook-out-'))
    copyPostAssets(out, content!)
    for (const name of files)
      assert.ok(fs.existsSync(path.join(out, 'blog/2024/05/06/nb', name)), name)
    const published = fs.readFileSync(path.join(out, 'blog/2024/05/06/nb', files[1]!))
    assert.deepEqual(published, png)
  })

  it('sanitises HTML outputs: tables stay, scripts, handlers, styles and remote images go, and the page says so', async () => {
    const { post, messages } = await load(
      notebook(
        [
          code('df', [
            {
              output_type: 'execute_result',
              execution_count: 1,
              metadata: {},
              data: {
                'text/html': [
                  '<style>td { color: red }</style><table class="dataframe"><thead><tr><th></th><th>a</th></tr></thead>',
                  '<tbody><tr><th>0</th><td>1</td></tr></tbody></table>',
                  '<script>alert(1)</script><img src="https://example.com/t.png" onerror="alert(2)" alt="">',
                  '<a href="javascript:alert(3)">x</a>',
                ],
                'text/plain': ['   a\n0  1'],
              },
            },
          ]),
        ],
        { title: 'T' },
      ),
    )
    const page = await html(post)
    assert.match(page, /<table[^>]*>/)
    assert.match(page, /<td>1<\/td>/)
    assert.match(page, /<thead><tr><td><\/td><th>a<\/th>/)
    assert.doesNotMatch(page, /alert|<script|<style|color: red|onerror|example\.com/)
    assert.match(
      page,
      /<p class="nb-dropped" role="note">Scripts or widgets in this output were left out/,
    )
    assert.equal(messages.length, 1)
    assert.match(messages[0]!, /warning: an output of code cell 1 holds scripts or widgets/)
  })

  it('shows LaTeX as math, Markdown as prose, and a widget by its text with a note', async () => {
    const { post } = await load(
      notebook(
        [
          code('x', [
            {
              output_type: 'execute_result',
              execution_count: 1,
              metadata: {},
              data: { 'text/latex': '$\\frac{a}{b}$', 'text/plain': 'a/b' },
            },
            {
              output_type: 'display_data',
              metadata: {},
              data: { 'text/markdown': 'Some **bold**.' },
            },
            {
              output_type: 'display_data',
              metadata: {},
              data: {
                'application/vnd.jupyter.widget-view+json': { model_id: 'm' },
                'text/plain': 'Slider(3)',
              },
            },
            {
              output_type: 'display_data',
              metadata: {},
              data: { 'application/javascript': 'alert(4)' },
            },
          ]),
        ],
        { title: 'T' },
      ),
    )
    const page = await html(post)
    assert.match(page, /<span class="katex-display"[^>]*><span class="katex">.*<mfrac>/)
    assert.match(page, /<div class="nb-markdown"><p>Some <strong>bold<\/strong>\.<\/p><\/div>/)
    assert.match(page, />Slider\(3\)<\/span>/)
    assert.doesNotMatch(page, /alert/)
    assert.equal(page.match(/class="nb-dropped"/g)?.length, 2)
  })

  it('shows images attached to Markdown cells', async () => {
    const png = await sharp({ create: { width: 20, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    const { post, messages } = await load(
      notebook(
        [
          {
            ...md('![a diagram](attachment:d.png)\n'),
            attachments: { 'd.png': { 'image/png': png.toString('base64') } },
          },
        ],
        { title: 'T' },
      ),
    )
    assert.deepEqual(messages, [])
    assert.match(
      await html(post),
      /<img src="\/blog\/2024\/05\/06\/nb\/output-[0-9a-f]+\.png" alt="a diagram" width="20" height="10"/,
    )
  })
})

describe('output safety helpers', () => {
  it('an SVG output keeps its drawing and loses scripts, handlers, foreign HTML and outside links', () => {
    const clean = cleanSvg(
      '<?xml version="1.0"?><svg viewBox="0 0 10 10" onload="x()"><script>x()</script><foreignObject><div>hi</div></foreignObject><image href="https://e.org/a.png"/><use xlink:href="#r"/><rect id="r" width="10" height="10"/></svg>',
    )
    assert.equal(clean.removed, true)
    assert.equal(
      clean.svg,
      '<svg viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#r"></use><rect id="r" width="10" height="10"></rect></svg>',
    )
  })

  it('HTML that runs nothing is not flagged', () => {
    assert.equal(sanitizeHtml('<b>bold</b>').removed, false)
    assert.equal(sanitizeHtml('<b onclick="x()">bold</b>').removed, true)
  })

  it('terminal colours below AA on a theme background fall back to the text colour', () => {
    const pre = h(
      'pre',
      {
        style:
          '--shiki-light:#111111;--shiki-dark:#eeeeee;--shiki-light-bg:#ffffff;--shiki-dark-bg:#0d1117',
      },
      [h('span', { style: '--shiki-light:#af0000;--shiki-dark:#af0000' }, 'x')],
    )
    keepReadable(pre)
    assert.equal(
      (pre.children[0] as { properties: { style: string } }).properties.style,
      '--shiki-light:#af0000;--shiki-dark:#eeeeee',
    )
    assert.ok(contrast('#000000', '#ffffff') > 20)
  })
})
