import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'

/** The exports this checks: the real content (also under a base path) and the render fixture. */
const SITES = { out: '', '.build/sites/base-path': '/site', '.build/sites/render': '' }
const PAYLOAD = /^(index\.txt|__next\..*\.txt)$/

/** Every page of an export (relative paths), but Next.js's own files. */
const pages = (dir: string) =>
  (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('_next/'))

for (const [dir, base] of Object.entries(SITES)) {
  test(`${dir}/ ships RSC payloads only where a page that hydrates needs them, and no preconnect to itself`, () => {
    const html = new Map(pages(dir).map((p) => [p, fs.readFileSync(path.join(dir, p), 'utf8')]))
    const hydrated = [...html].filter(([, text]) => text.includes(`src="${base}/_next/`))
    // A page that hydrates reads its own payloads and prefetches those of the pages it links to.
    const needed = new Set(hydrated.map(([page]) => path.posix.dirname(page)))
    for (const [, text] of hydrated)
      for (const [, href] of text.matchAll(/<a [^>]*href="([^"#?]*)/g))
        if (href!.startsWith(`${base}/`))
          needed.add(path.posix.join(href!.slice(base.length + 1), '.'))
    const stray = [...html.keys()]
      .map((page) => path.posix.dirname(page))
      .filter((folder) => !needed.has(folder))
      .flatMap((folder) =>
        fs
          .readdirSync(path.join(dir, folder))
          .filter((name) => PAYLOAD.test(name))
          .map((name) => path.posix.join(folder, name)),
      )
    expect(stray, 'payload files beside pages without the runtime').toEqual([])
    const preconnects = [...html].filter(([, text]) =>
      /<link rel="preconnect" href="(\/|\.)/.test(text),
    )
    expect(preconnects.map(([page]) => page)).toEqual([])
  })
}

test('the page with tabs keeps its payloads, and so do the pages it links to', () => {
  const dir = '.build/sites/render'
  const tabs = 'blog/2026/01/04/tabs'
  expect(
    fs.readdirSync(path.join(dir, tabs)).filter((n) => PAYLOAD.test(n)).length,
  ).toBeGreaterThan(1)
  expect(fs.existsSync(path.join(dir, 'index.txt')), 'the home page, which it links to').toBe(true)
})
