import assert from 'node:assert/strict'
import fs from 'node:fs'
import { describe, it } from 'node:test'
import { EXPECTED_FAILURES, NOT_DONE } from '../kramdown-suite/expected-failures'
import { CORPUS, listCases, runCase, type CaseResult } from '../kramdown-suite/run'

/**
 * kramdown's own test suites (kramdown's and its GFM parser's, in ../shared/corpus/kramdown) run
 * through the site's `.md` pipeline: which cases, with which options, and the normalisation the
 * comparison makes are written down in ../kramdown-suite/run.ts. The pass count per feature
 * folder is printed. Every case that does not pass is in ../kramdown-suite/expected-failures.ts
 * with its reason; the test fails when an unlisted case fails, and when a listed case passes (so
 * the list stays true).
 */
describe(
  "kramdown's test suites",
  { skip: !fs.existsSync(CORPUS) && 'no ../shared/corpus' },
  () => {
    it('render as kramdown renders them, except the cases listed with a reason', async () => {
      const results: CaseResult[] = []
      for (const c of listCases()) results.push(await runCase(c))
      assert.ok(results.length > 200, `expected kramdown's 200-odd cases, found ${results.length}`)

      const folders = new Map<string, { pass: number; total: number }>()
      for (const r of results) {
        const f = folders.get(r.folder) ?? { pass: 0, total: 0 }
        f.total++
        if (r.pass) f.pass++
        folders.set(r.folder, f)
      }
      const passed = results.filter((r) => r.pass).length
      const lines = [...folders].map(
        ([name, f]) => `${`${f.pass}/${f.total}`.padStart(7)}  ${name}`,
      )
      console.log(`kramdown suites: ${passed} of ${results.length} cases pass\n${lines.join('\n')}`)

      const unexpected = results.filter((r) => !r.pass && !EXPECTED_FAILURES[r.id])
      const fixed = results.filter((r) => r.pass && EXPECTED_FAILURES[r.id])
      const missing = Object.keys(EXPECTED_FAILURES).filter(
        (id) => !results.some((r) => r.id === id),
      )
      const show = (r: CaseResult) =>
        `${r.id}${r.error ? ` (${r.error})` : ''}\n--- kramdown\n${r.expected}\n--- site\n${r.actual}`
      assert.deepEqual(unexpected.map(show), [], 'cases that fail and are not listed')
      assert.deepEqual(
        fixed.map((r) => r.id),
        [],
        'listed cases that now pass: take them off the list',
      )
      assert.deepEqual(missing, [], 'listed cases that do not exist')
    })

    it('gives every listed case a reason, and names no work left that no case needs', () => {
      const folderOf = (id: string) => id.split('/').slice(0, -1).join('/') || id.split('/')[0]!
      for (const [id, [kind, reason]] of Object.entries(EXPECTED_FAILURES))
        assert.ok(reason || (kind === 'NOT_DONE' && NOT_DONE[folderOf(id)]), `${id} has no reason`)
      const needed = Object.entries(EXPECTED_FAILURES)
        .filter(([, [kind, reason]]) => kind === 'NOT_DONE' && !reason)
        .map(([id]) => folderOf(id))
      assert.deepEqual(
        Object.keys(NOT_DONE).filter((folder) => !needed.includes(folder)),
        [],
        'NOT_DONE folders whose cases all pass or have their own reason',
      )
    })
  },
)
