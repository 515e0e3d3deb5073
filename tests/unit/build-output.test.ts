import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { stripVTControlCharacters } from 'node:util'
import { NextOutputFilter } from '../../scripts/next-output'

/**
 * Lines that read as a problem: a cross or warning sign, "error", "failed", "warning:", or a route
 * of the table that never reaches out/ (a dynamic route's `404` placeholder, lib/routes.ts).
 */
export function alarming(output: string): string[] {
  return stripVTControlCharacters(output)
    .split('\n')
    .filter((line) => /[⨯✗✖⚠]|\berror\b|\bfail(ed|s|ure)?\b|\bwarn(ing)?:|\/404$/i.test(line))
}

// What `next build` printed for the real content before its output was filtered.
const NEXT_OUTPUT = `▲ Next.js 16.4.6 (Turbopack)
✓ Running next.config.ts took 241ms
⚠ No build cache found. Please configure build caching for faster rebuilds. Read more: https://nextjs.org/docs/messages/no-cache
- Experiments (use with caution):
  ⨯ turbopackFileSystemCacheForBuild

  Creating an optimized production build ...
✓ Compiled successfully in 118s

Route (app)
┌ ○ /
├ ○ /_not-found
├   /[...slug]
│ ├ ● /blog/2026/11/24/how-this-site-is-built
│ └ ● /blog/2026/10/14/questions-before-porting-a-model
├ ○ /posts
├   /posts/page/[page]
│ └ ● /posts/page/404
├   /tags/[tag]
│ ├ ● /tags/compilers
│ ├ ● /tags/404
│ └ ● [+6 more paths]
├   /tags/[tag]/page/[page]
│ └ ● /tags/404/page/404
└ ○ /theme.js`

describe("the build's output", () => {
  it("leaves out Next.js's experiments list and the routes that never reach out/", () => {
    assert.deepEqual(alarming(NEXT_OUTPUT), [
      '⚠ No build cache found. Please configure build caching for faster rebuilds. Read more: https://nextjs.org/docs/messages/no-cache',
      '  ⨯ turbopackFileSystemCacheForBuild',
      '│ └ ● /posts/page/404',
      '│ ├ ● /tags/404',
      '│ └ ● /tags/404/page/404',
    ])
    const filter = new NextOutputFilter()
    const kept = [...NEXT_OUTPUT.split('\n').flatMap((l) => filter.line(l)), ...filter.end()]
    // A tag that is really called 404 is a page of the site, and stays.
    assert.deepEqual(alarming(kept.join('\n')), ['│ ├ ● /tags/404'])
    assert.deepEqual(
      kept.filter((l) => l.includes('Experiments') || l.includes('[page]')),
      [],
    )
    assert.ok(kept.includes('├   /[...slug]'))
    assert.ok(kept.includes('└ ○ /theme.js'))
  })

  it('of a small site shows only its content warnings, and ends with the summary', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-build-'))
    try {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/build.ts', '--out', path.join(tmp, 'out')],
        {
          env: {
            ...process.env,
            CONTENT_DIR: 'tests/fixtures/seed-site',
            GIBSONIC_CACHE_DIR: path.join(tmp, 'cache'),
          },
          encoding: 'utf8',
        },
      )
      assert.equal(run.status, 0, run.stderr)
      // The original About page has a few things to warn about; nothing else may look alarming.
      const warnings = alarming(run.stdout + run.stderr)
      assert.ok(warnings.length > 0)
      for (const line of warnings)
        assert.match(line, /^tests\/fixtures\/seed-site\/pages\/about\.md:\d+:\d+: warning: /)
      const last = stripVTControlCharacters(run.stdout).trimEnd().split('\n').slice(-2)
      assert.match(last[0]!, /^Steps: content \d+\.\d s, next build \d+\.\d s, .*output checks/)
      assert.match(
        last[1]!,
        new RegExp(
          `^\\d+ pages, ${warnings.length} warning\\(s\\), listed above: the site is in \\S+/out/$`,
        ),
      )
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  })
})
