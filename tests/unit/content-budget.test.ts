import assert from 'node:assert/strict'
import fs from 'node:fs'
import { describe, it } from 'node:test'
import { loadContent } from '@/lib/content'
import { formatIssue } from '@/lib/content/issues'
import { tempSite } from './temp-site'

async function load(files: Record<string, string>) {
  const dir = tempSite(files)
  const cpu = process.cpuUsage()
  const { content, issues } = await loadContent(dir)
  const used = process.cpuUsage(cpu)
  fs.rmSync(dir, { recursive: true })
  const lines = issues.map(formatIssue).map((m) => m.slice(m.indexOf('posts/')))
  return { content, lines, seconds: (used.user + used.system) / 1e6 }
}

const post = (body: string) => ({ 'posts/2024-01-01-p.md': `---\ntitle: P\n---\n\n${body}` })

describe('nesting in raw HTML', () => {
  const deep = (n: number, open: string, close: string, sep = '\n') =>
    `${open.concat(sep).repeat(n)}x${sep}${close.concat(sep).repeat(n)}`
  const error = (tag: string, at: string) =>
    `posts/2024-01-01-p.md:${at}: <${tag}> is nested 513 HTML elements deep (expected at most 512, the depth browsers build: the page is not rendered)`

  it('20,000 nested <div>s are reported at the first one past the limit', async () => {
    const { content, lines } = await load(post(deep(20_000, '<div>', '</div>')))
    assert.equal(content, undefined)
    assert.deepEqual(lines, [error('div', '517:1')])
  })

  it('so are nested markdown="1" elements and inline tags', async () => {
    const md = await load(post(deep(20_000, '<div markdown="1">', '</div>')))
    assert.deepEqual(md.lines, [error('div', '517:1')])
    const inline = await load(post(`Text <span>${deep(20_000, '<b>', '</b>', '')}</span>\n`))
    assert.deepEqual(inline.lines, [error('b', '5:1545')])
  })

  it('512 deep, with closed, void and optional-end tags between, builds', async () => {
    const body = `<p>a<br><input type="checkbox"><hr/>\n${deep(512, '<section><li>', '</section>')}\n`
    const { content, lines } = await load(post(body))
    assert.deepEqual(lines, [])
    assert.ok(content)
  })
})
