/**
 * Loaded before every unit test file (`npm run test:unit` passes it with `--import`): the build
 * caches go to a temporary folder of the test process's own, never into the project's
 * .build/cache, which the tests would otherwise fill and whose entries would let a later run skip
 * the work a test means to check. Builds the tests start inherit it.
 *
 * The images the tests' sites show come from the fixtures' own public folder, never public/,
 * which a fork's `npm run init` empties (and whose files are the author's to change).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-test-cache-'))
process.env.GIBSONIC_CACHE_DIR = dir
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
process.env.PUBLIC_DIR ??= path.resolve('tests/fixtures/public')
