import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { toHtml } from 'hast-util-to-html'
import { VFile } from 'vfile'
import { markdownToHast } from '@/lib/markdown/markdown'

/**
 * The `.md` pipeline parses its tree again as HTML only when it holds raw HTML (lib/markdown/
 * markdown.ts): without any, it makes the parser's few changes itself. Both ways must give the
 * same page: every kramdown suite case and Markdown fixture renders to the same tree (positions
 * and key order aside), HTML and messages with GIBSONIC_HTML_REPARSE=always as without.
 */
const KRAMDOWN = path.resolve('../shared/corpus/kramdown')

function files(dir: string, pattern: RegExp, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) files(p, pattern, out)
    else if (pattern.test(e.name)) out.push(p)
  }
  return out
}

/** The tree as JSON with object keys sorted and positions left out. */
function canonical(tree: unknown): string {
  return JSON.stringify(tree, (key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([k]) => k !== 'position')
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : value,
  )
}

async function render(file: string, text: string, always: boolean) {
  if (always) process.env.GIBSONIC_HTML_REPARSE = 'always'
  else delete process.env.GIBSONIC_HTML_REPARSE
  const vfile = new VFile({ path: file, value: text })
  const tree = await markdownToHast(vfile, '')
  delete process.env.GIBSONIC_HTML_REPARSE
  return {
    tree: canonical(tree),
    html: toHtml(tree),
    messages: vfile.messages.map((m) => `${m.line}:${m.column} ${m.reason}`),
  }
}

test(
  'a tree without raw HTML comes out as the HTML parser would make it',
  { skip: !fs.existsSync(KRAMDOWN) && 'no ../shared/corpus' },
  async () => {
    const sources = [
      ...files(path.join(KRAMDOWN, 'kramdown/test/testcases'), /\.text$/),
      ...files(path.join(KRAMDOWN, 'parser-gfm/test/testcases'), /\.text$/),
      ...files(path.resolve('tests/fixtures'), /\.md$/),
    ]
    let withoutHtml = 0
    for (const file of sources) {
      const text = fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')
      // No `<` at all: certainly the path that skips the parser.
      if (!text.includes('<')) withoutHtml++
      const reparsed = await render(file, text, true)
      const own = await render(file, text, false)
      assert.equal(own.html, reparsed.html, `${file}: HTML`)
      assert.equal(own.tree, reparsed.tree, `${file}: tree`)
      assert.deepEqual(own.messages, reparsed.messages, `${file}: messages`)
    }
    assert.ok(withoutHtml > 100, `only ${withoutHtml} files without HTML`)
  },
)
