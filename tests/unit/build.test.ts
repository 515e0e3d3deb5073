import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'

describe('npm run build with bad content', () => {
  it('exits non-zero, lists every bad file, no stack trace, and leaves the previous output alone', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-out-'))
    fs.writeFileSync(path.join(out, 'index.html'), 'previous build')
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', out], {
      env: { ...process.env, CONTENT_DIR: 'tests/fixtures/bad-content' },
      encoding: 'utf-8',
    })
    assert.equal(run.status, 1)
    const errorLines = run.stderr
      .split('\n')
      .filter((l) => /^tests\/fixtures\/bad-content\/\S+:\d+:\d+: /.test(l))
    assert.equal(errorLines.length, 24)
    assert.equal(new Set(errorLines.map((l) => l.split(':')[0])).size, 21)
    assert.match(
      run.stderr,
      /23 content error\(s\): the site was not built and out\/ was left as it was\./,
    )
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace')
    assert.deepEqual(fs.readdirSync(out), ['index.html'])
    assert.equal(fs.readFileSync(path.join(out, 'index.html'), 'utf-8'), 'previous build')
    // Nor any of its scratch files (the staged export, the reuse plan, the preview card list).
    assert.deepEqual(
      fs.readdirSync('.build').filter((f) => f.startsWith(`export-${run.pid}`)),
      [],
    )
    fs.rmSync(out, { recursive: true })
  })
})
