import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import sharp from 'sharp'
import { loadContent, type SiteContent } from '@/lib/content'
import { formatIssue } from '@/lib/content/issues'
import { planReuse, writeManifest } from '@/scripts/reuse-pages'

/**
 * planReuse decides which post pages a build takes from its previous output. A fake output folder
 * stands in for the previous build: one index.html per post, recorded by writeManifest.
 */
describe('page reuse between builds', () => {
  it('reuses exactly the post pages whose inputs and published file are unchanged', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-reuse-'))
    const site = path.join(tmp, 'site')
    const out = path.join(tmp, 'out')
    fs.cpSync('tests/fixtures/render-site', site, { recursive: true })
    const saved = {
      CONTENT_DIR: process.env.CONTENT_DIR,
      GIBSONIC_CACHE_DIR: process.env.GIBSONIC_CACHE_DIR,
    }
    process.env.CONTENT_DIR = site
    process.env.GIBSONIC_CACHE_DIR = path.join(tmp, 'cache')
    const load = async (): Promise<SiteContent> => {
      const { content, issues } = await loadContent(site)
      if (!content) throw new Error(issues.map(formatIssue).join('\n'))
      return content
    }
    /** Builds the fake output for `content` and records it, as a successful build does. */
    const publish = (content: SiteContent) => {
      const plan = planReuse(content, out)
      for (const url of Object.keys(plan.posts)) {
        const file = path.join(out, url, 'index.html')
        fs.mkdirSync(path.dirname(file), { recursive: true })
        fs.writeFileSync(file, `<p>${url}</p>`)
      }
      writeManifest(plan, out, new Set())
      return plan
    }
    const edit = (file: string, text: string) =>
      fs.appendFileSync(path.join(site, 'posts', file), text)
    try {
      const first = publish(await load())
      assert.deepEqual(first.reuse, [], 'nothing to reuse before the first build')
      const markdown = Object.keys(first.posts)
      assert.ok(markdown.length >= 10)
      assert.ok(!markdown.some((url) => /\/(mdx|tabs)\/$/.test(url)), 'MDX posts are never reused')

      assert.deepEqual(
        planReuse(await load(), out).reuse.sort(),
        [...markdown].sort(),
        'all, when nothing changed',
      )

      // A body edit (not the excerpt, not the reading time): only that post is generated again.
      edit('2026-01-02-markdown.md', '\nOne more sentence at the end.\n')
      const afterEdit = planReuse(await load(), out)
      assert.equal(afterEdit.reuse.length, markdown.length - 1)
      assert.ok(!afterEdit.reuse.includes('/blog/2026/01/02/markdown/'))
      publish(await load())

      // A published page that is not what the build wrote is not trusted.
      fs.writeFileSync(path.join(out, 'blog/2025/07/01/note-8/index.html'), 'changed by hand')
      assert.ok(!planReuse(await load(), out).reuse.includes('/blog/2025/07/01/note-8/'))
      publish(await load())

      // A replaced picture (same name, other pixels) changes its post's page.
      await sharp({ create: { width: 300, height: 200, channels: 3, background: '#3a3' } })
        .jpeg()
        .toFile(path.join(site, 'posts/2026-01-04-photo/photo.jpg'))
      const afterPicture = planReuse(await load(), out)
      assert.ok(!afterPicture.reuse.includes('/blog/2026/01/04/photo/'))
      assert.equal(afterPicture.reuse.length, markdown.length - 1)
      publish(await load())

      // A new title shows on other posts' pages (neighbours, related posts): nothing is reused.
      const note = path.join(site, 'posts', '2024-06-15-note-5.md')
      fs.writeFileSync(
        note,
        fs.readFileSync(note, 'utf8').replace(/^title: .*$/m, 'title: A new title'),
      )
      assert.deepEqual(planReuse(await load(), out).reuse, [])
      publish(await load())

      // So does a change to site.yaml (the header and footer of every page).
      fs.appendFileSync(path.join(site, 'site.yaml'), '\n# a comment\n')
      assert.deepEqual(planReuse(await load(), out).reuse, [])
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  })
})
