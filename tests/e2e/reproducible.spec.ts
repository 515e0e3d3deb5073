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
