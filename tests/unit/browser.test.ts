import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { MISSING_BROWSER } from '../../scripts/chromium'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-browser-'))
after(() => fs.rmSync(tmp, { recursive: true, force: true }))

/** A folder of its own (no browser in it unless one is put there). */
function folder(name: string): string {
  const dir = path.join(tmp, name)
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

/** A stand-in browser: a script that answers `--version` with the given exit status. */
function fakeBrowser(file: string, status = 0): string {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `#!/bin/sh\necho "Chromium 1.0"\nexit ${status}\n`, { mode: 0o755 })
  return file
}

/** `npm run check:browser` with only the given folders to look in. */
function checkBrowser(env: { PATH: string; PLAYWRIGHT_BROWSERS_PATH: string }) {
  const started = performance.now()
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-browser.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { ...run, seconds: (performance.now() - started) / 1000 }
}

/** Where Playwright would look for its Chromium download under `browsers`. */
function playwrightChromium(browsers: string): string {
  const run = spawnSync(
    process.execPath,
    ['-e', "import('@playwright/test').then((m) => console.log(m.chromium.executablePath()))"],
    { env: { ...process.env, PLAYWRIGHT_BROWSERS_PATH: browsers }, encoding: 'utf8' },
  )
  return run.stdout.trim()
}

describe("the browser tests' Chromium", () => {
  it('is missing when neither Playwright nor the system has one: one sentence, in seconds', () => {
    const empty = folder('empty')
    const run = checkBrowser({ PATH: empty, PLAYWRIGHT_BROWSERS_PATH: empty })
    assert.equal(run.status, 1)
    assert.equal(run.stderr.trim(), MISSING_BROWSER)
    assert.equal(run.stdout, '')
    assert.ok(run.seconds < 30, `took ${run.seconds} s`)
  })

  it("is the system's chromium, chromium-browser or google-chrome found on PATH", () => {
    const empty = folder('empty')
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
      const bin = folder(`bin-${name}`)
      const browser = fakeBrowser(path.join(bin, name))
      const run = checkBrowser({ PATH: bin, PLAYWRIGHT_BROWSERS_PATH: empty })
      assert.equal(run.status, 0, run.stderr)
      assert.equal(run.stdout.trim(), `Browser tests run in ${browser}`)
    }
  })

  it("is Playwright's download when it starts, and the system's when it does not", () => {
    const bin = folder('bin-system')
    const system = fakeBrowser(path.join(bin, 'chromium'))
    const working = folder('playwright-working')
    const downloaded = fakeBrowser(playwrightChromium(working))
    let run = checkBrowser({ PATH: bin, PLAYWRIGHT_BROWSERS_PATH: working })
    assert.equal(run.stdout.trim(), `Browser tests run in ${downloaded}`)

    // Downloaded without its system libraries (`--with-deps`), it does not start.
    const broken = folder('playwright-broken')
    fakeBrowser(playwrightChromium(broken), 127)
    run = checkBrowser({ PATH: bin, PLAYWRIGHT_BROWSERS_PATH: broken })
    assert.equal(run.stdout.trim(), `Browser tests run in ${system}`)
    run = checkBrowser({ PATH: folder('empty'), PLAYWRIGHT_BROWSERS_PATH: broken })
    assert.equal(run.status, 1)
  })

  it('stops `npm test` before it checks types or builds anything', () => {
    // A PATH with node, npm and a shell, but no browser.
    const bin = folder('bin-node')
    const tools = [process.execPath, path.join(path.dirname(process.execPath), 'npm'), '/bin/sh']
    for (const tool of tools)
      fs.symlinkSync(fs.realpathSync(tool), path.join(bin, path.basename(tool)))
    const started = performance.now()
    const run = spawnSync(path.join(bin, 'npm'), ['test'], {
      env: { ...process.env, PATH: bin, PLAYWRIGHT_BROWSERS_PATH: folder('empty') },
      encoding: 'utf8',
      timeout: 90_000,
    })
    const seconds = (performance.now() - started) / 1000
    assert.notEqual(run.status, 0)
    assert.ok(run.stderr.includes(MISSING_BROWSER), run.stderr)
    assert.doesNotMatch(run.stdout, /tsc --noEmit|scripts\/build\.ts/)
    assert.ok(seconds < 60, `took ${seconds} s`)
  })
})
