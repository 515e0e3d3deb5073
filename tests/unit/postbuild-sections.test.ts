import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { loadContent } from '@/lib/content'
import { postBuild } from '../../scripts/postbuild'

// A section the site does not have is not published, but the author's own files under its
// folder are (public/projects/alpha/shot.png on a site without projects: a Jekyll page's image).

test("an absent section's folder goes, the author's files in it stay", async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'postbuild-sections-'))
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    fs.writeFileSync(path.join(root, rel), text)
  }
  // What the export holds before the step: the section's placeholder pages, and public/ copied in.
  write('out/projects/index.html', 'section page')
  write('out/projects/404/index.html', 'placeholder')
  write('out/projects/alpha/shot.png', 'png')
  write('out/talks/index.html', 'section page')
  write('public/projects/alpha/shot.png', 'png')
  const before = process.env.PUBLIC_DIR
  process.env.PUBLIC_DIR = path.join(root, 'public')
  try {
    const { content } = await loadContent('tests/fixtures/posts-only-site')
    postBuild(path.join(root, 'out'), content!)
    const left = (fs.readdirSync(path.join(root, 'out'), { recursive: true }) as string[])
      .filter((f) => /^(projects|talks)/.test(f))
      .sort()
    assert.deepEqual(left, ['projects', 'projects/alpha', 'projects/alpha/shot.png'])
  } finally {
    process.env.PUBLIC_DIR = before
    fs.rmSync(root, { recursive: true })
  }
})
