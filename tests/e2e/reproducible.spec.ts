import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'

/** Every file under `dir`, relative, sorted. */
function files(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
}

// scripts/build-fixtures.ts builds the render fixture twice, in two separate runs of the build.
test('two builds of the same content are byte-identical', () => {
  const [a, b] = ['.build/sites/render', '.build/sites/render-again']
  const names = files(a!)
  expect(files(b!), 'the same files').toEqual(names)
  expect(names.length).toBeGreaterThan(20)
  const differing = names.find(
    (name) => !fs.readFileSync(path.join(a!, name)).equals(fs.readFileSync(path.join(b!, name))),
  )
  expect(differing, 'the first file that differs').toBeUndefined()
})

// scripts/build-fixtures.ts builds a copy of the render fixture with one post edited, then the
// copy as the fixture has it, into the same folder: the second build takes the unchanged post pages
// from the first (scripts/reuse-pages.ts) and must publish what a fresh build publishes.
test('a rebuild that takes unchanged post pages from its previous output publishes the same pages', () => {
  const fresh = '.build/sites/render'
  const reused = '.build/sites/render-reuse'
  const log = fs.readFileSync(`${reused}.log`, 'utf8')
  const taken = Number(log.match(/Took (\d+) unchanged post pages/)?.[1] ?? 0)
  expect(taken, 'post pages taken from the previous build').toBeGreaterThan(5)
  // The build ID differs (it covers the content folder's name). It appears only in pages that
  // hydrate, inside inline scripts whose CSP hashes then differ too; such pages are never reused,
  // and the test above checks that they are reproducible. The RSC payloads (.txt) of reused pages
  // keep the earlier build's ID by design.
  const id = (dir: string) =>
    fs.readdirSync(path.join(dir, '_next/static')).find((n) => n !== 'chunks' && n !== 'media')!
  const page = (dir: string, name: string) => fs.readFileSync(path.join(dir, name), 'utf8')
  const all = files(fresh).filter((n) => n.endsWith('.html'))
  expect(files(reused).filter((n) => n.endsWith('.html'))).toEqual(all)
  const hydrated = all.filter((name) => page(fresh, name).includes(id(fresh)))
  expect(hydrated).toEqual(['blog/2026/01/04/tabs/index.html'])
  const differing = all.filter(
    (name) => !hydrated.includes(name) && page(fresh, name) !== page(reused, name),
  )
  expect(differing, 'pages that differ from a fresh build').toEqual([])
  expect(page(reused, 'blog/2026/01/04/photo/index.html')).not.toContain('only the first build has')
})
