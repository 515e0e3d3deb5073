import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { PIPELINE_ENTRIES, pipelineKey, reachableSources } from '@/lib/content/pipeline-key'

/** A copy of the project's pipeline modules (and what resolving them needs) in a folder of its own. */
function copyOfPipeline(): { root: string; sources: string[] } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-pipeline-'))
  const sources = reachableSources(PIPELINE_ENTRIES, process.cwd())
  for (const file of [...sources, 'tsconfig.json', 'package-lock.json']) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.copyFileSync(file, path.join(root, file))
  }
  return { root, sources }
}

describe("the document cache's key", () => {
  const { root, sources } = copyOfPipeline()
  after(() => fs.rmSync(root, { recursive: true, force: true }))
  // Each call below looks at the folder afresh (the key is kept per process, by folder).
  let copies = 0
  const keyAfter = (change: (dir: string) => void) => {
    const dir = `${root}-${++copies}`
    fs.cpSync(root, dir, { recursive: true })
    try {
      change(dir)
      return pipelineKey(dir)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
  const original = keyAfter(() => {})

  it('covers the modules the pipeline imports, beyond lib/markdown', () => {
    for (const file of [
      'lib/urls.ts',
      'lib/search.ts',
      'lib/markdown/site-urls.ts',
      'lib/markdown/liquid.ts',
      'lib/markdown/external-links.ts',
      'lib/markdown/mdx.ts',
      'lib/content/documents.ts',
      'lib/content/document-cache.ts',
    ])
      assert.ok(sources.includes(file), `${file} is reached`)
    // Pages, components and the build's own scripts are not part of it.
    assert.ok(!sources.some((f) => /^(app|components|scripts)\//.test(f)), sources.join(', '))
  })

  it('changes when any module the pipeline reaches is edited, or the lock file', () => {
    for (const file of [...sources, 'package-lock.json'])
      assert.notEqual(
        keyAfter((dir) => fs.appendFileSync(path.join(dir, file), '\n// edited\n')),
        original,
        `an edit of ${file} changes the key`,
      )
  })

  it('follows a module newly imported, and ignores one that nothing imports', () => {
    const withHelper = (text: string, imported: boolean) =>
      keyAfter((dir) => {
        fs.writeFileSync(path.join(dir, 'lib/helper.ts'), text)
        if (imported)
          fs.appendFileSync(path.join(dir, 'lib/urls.ts'), "\nexport * from '@/lib/helper'\n")
      })
    assert.equal(withHelper('export const a = 1\n', false), original)
    const imported = withHelper('export const a = 1\n', true)
    assert.notEqual(imported, original)
    assert.notEqual(withHelper('export const a = 2\n', true), imported)
  })

  it('is the same for the same sources', () => {
    assert.equal(
      keyAfter(() => {}),
      original,
    )
  })
})
