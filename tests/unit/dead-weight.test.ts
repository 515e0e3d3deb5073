import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { removePayloads, stripRuntime } from '@/scripts/strip-runtime'

/** A folder holding `files` (relative name → text). */
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-payloads-'))
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

/** Every file under `dir`, relative, sorted. */
const files = (dir: string) =>
  (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()

/** A page's RSC payloads, as Next.js 16 writes them beside its index.html. */
const payloads = (folder: string) =>
  Object.fromEntries(
    ['index.txt', '__next._tree.txt', '__next._full.txt', '__next.x.__PAGE__.txt'].map((n) => [
      `${folder}${n}`,
      '0:{}',
    ]),
  )

describe('the RSC payloads', () => {
  it('are removed beside stripped pages, and kept for pages that hydrate and what they link to', () => {
    for (const base of ['', '/site']) {
      const dir = site({
        'index.html': '<a href="/posts/">Posts</a>',
        ...payloads(''),
        'posts/index.html': '<p>list</p>',
        ...payloads('posts/'),
        'tabs/index.html': `<div data-hydrate=""><a href="${base}/">Home</a><a href="https://example.org/a/">out</a></div>`,
        ...payloads('tabs/'),
        'other/index.html': '<p>other</p>',
        ...payloads('other/'),
        'robots.txt': 'User-agent: *',
        '_next/static/x.txt': 'Next.js’s own',
      })
      const removed = removePayloads(dir, base, ['tabs/index.html'])
      assert.deepEqual(removed, { files: 8, bytes: 32 })
      assert.deepEqual(
        files(dir),
        [
          '_next/static/x.txt',
          'index.html',
          ...Object.keys(payloads('')),
          'other/index.html',
          'posts/index.html',
          'robots.txt',
          'tabs/index.html',
          ...Object.keys(payloads('tabs/')),
        ].sort(),
      )
      fs.rmSync(dir, { recursive: true })
    }
  })

  it('go beside a page whose body was set aside, even when a page that hydrates links to it', () => {
    const dir = site({
      'index.html': '<p>home</p>',
      ...payloads(''),
      'tabs/index.html': '<div data-hydrate=""><a href="/">Home</a></div>',
      ...payloads('tabs/'),
    })
    removePayloads(dir, '', ['tabs/index.html'], new Set(['index.html']))
    assert.deepEqual(
      files(dir),
      ['index.html', 'tabs/index.html', ...Object.keys(payloads('tabs/'))].sort(),
    )
    fs.rmSync(dir, { recursive: true })
  })
})

describe('a preconnect to the site itself', () => {
  const preconnect = '<link rel="preconnect" href="/" crossorigin=""/>'
  const head = (extra: string) =>
    `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${extra}</head><body><p>x</p></body></html>`

  it('goes from every page, hydrated or not; one to another origin stays', () => {
    const other = '<link rel="preconnect" href="https://fonts.example.org" crossorigin=""/>'
    assert.equal(stripRuntime(head(preconnect + other), '').html, head(other))
    assert.equal(stripRuntime(head(preconnect), '/site').html, head(''))
    const hydrated = head(preconnect).replace('<p>x</p>', '<div data-hydrate="">x</div>')
    assert.equal(stripRuntime(hydrated, '').html, hydrated.replace(preconnect, ''))
  })
})
