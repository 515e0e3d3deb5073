import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import sharp from 'sharp'
import { loadContent, type SiteContent } from '@/lib/content'
import { markdownHtml } from '@/components/markdown/render'
import { formatIssue } from '@/lib/content/issues'
import { jsonPieces } from '@/lib/content/document-cache'
import type { Root } from 'hast'

/** Every Markdown body of a site as HTML, by file, and every issue. */
async function render(dir: string): Promise<{ html: Record<string, string>; issues: string[] }> {
  const { content, issues } = await loadContent(dir)
  if (!content) throw new Error(issues.map(formatIssue).join('\n'))
  const docs = [...(content as SiteContent).pages, ...(content as SiteContent).posts].map(
    (d) => d.document,
  )
  const html = Object.fromEntries(
    await Promise.all(
      docs.map(async (d) => [
        path.relative(dir, d.file),
        d.format === 'md' ? (await markdownHtml(d)).html : d.source,
      ]),
    ),
  )
  return { html, issues: issues.map(formatIssue) }
}

describe('the document cache', () => {
  it('gives the same HTML and warnings as a fresh render, and never hides a change', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-cache-'))
    const site = path.join(tmp, 'site')
    fs.cpSync('tests/fixtures/render-site', site, { recursive: true })
    const previous = process.env.GIBSONIC_CACHE_DIR
    process.env.GIBSONIC_CACHE_DIR = path.join(tmp, 'cache')
    try {
      const cold = await render(site)
      assert.ok(fs.readdirSync(path.join(tmp, 'cache', 'documents')).length >= 3)
      const warm = await render(site)
      assert.deepEqual(warm, cold)

      // A text edit shows.
      const post = path.join(site, 'posts', '2026-01-04-photo', 'index.md')
      fs.appendFileSync(post, '\nA sentence added after the first build.\n')
      const edited = await render(site)
      assert.match(edited.html['posts/2026-01-04-photo/index.md']!, /added after the first build/)

      // A replaced image (same name, other pixels) gets a new size and new variant names.
      const before = edited.html['posts/2026-01-04-photo/index.md']!
      await sharp({ create: { width: 500, height: 250, channels: 3, background: '#a33' } })
        .jpeg()
        .toFile(path.join(site, 'posts', '2026-01-04-photo', 'photo.jpg'))
      const after = (await render(site)).html['posts/2026-01-04-photo/index.md']!
      assert.match(after, /width="500" height="250"/)
      const variant = (html: string) => html.match(/\/_img\/([0-9a-f]{16})-/)![1]
      assert.notEqual(variant(after), variant(before))
    } finally {
      if (previous === undefined) delete process.env.GIBSONIC_CACHE_DIR
      else process.env.GIBSONIC_CACHE_DIR = previous
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  })
})

describe("the cache's JSON of a tree, written in pieces", () => {
  it('is the text JSON.stringify makes, for a root with other fields and with no children', () => {
    const trees = [
      {
        type: 'root',
        children: [
          {
            type: 'element',
            tagName: 'p',
            properties: { id: 'a"b' },
            children: [{ type: 'text', value: 'x\u2028y\u0000' }],
          },
          { type: 'comment', value: 'c' },
          { type: 'text', value: '' },
        ],
        data: { quirksMode: false },
      },
      { type: 'root', children: [] },
      { data: { first: true }, type: 'root', children: [{ type: 'text', value: '\\' }] },
    ] as Root[]
    for (const tree of trees) assert.equal([...jsonPieces(tree)].join(''), JSON.stringify(tree))
    // One piece per child, besides the opening and the closing.
    assert.equal([...jsonPieces(trees[0]!)].length, 5)
  })
})
