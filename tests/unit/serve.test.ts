import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'

describe('npm start (scripts/serve.ts)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-serve-'))
  const port = 4900 + (process.pid % 90)
  let server: ReturnType<typeof spawn>

  before(async () => {
    fs.writeFileSync(path.join(dir, 'index.html'), '<!DOCTYPE html><title>t</title>')
    server = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--dir', dir],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()))
  })
  after(() => {
    server.kill()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const get = (agent: http.Agent) =>
    new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
        res.resume()
        res.on('end', () => resolve({ status: res.statusCode!, reused: req.reusedSocket }))
      })
      req.on('error', reject)
    })

  it('keeps an idle connection open longer than Node’s 5 s, so a client reusing it is not reset', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      assert.deepEqual(await get(agent), { status: 200, reused: false })
      await sleep(7_000)
      // With Node's default the server had closed this connection by now, and the request would
      // go out on a new one (or, sent just as it closed, be reset).
      assert.deepEqual(await get(agent), { status: 200, reused: true })
    } finally {
      agent.destroy()
    }
  })
})
