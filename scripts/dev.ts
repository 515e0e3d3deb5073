/**
 * `npm run dev`: Next.js's development server, plus a watcher on the content folder. Next.js
 * watches code, not content, so every change under content/ is announced on a server-sent event
 * stream that open pages listen to (components/dev/ContentReload.tsx) and re-render from.
 *
 *   npm run dev [-- --port 3000]
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { contentDir } from '@/lib/content/files'

const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '3000' } },
})
const eventsPort = Number(values.port) + 1
const listeners = new Set<http.ServerResponse>()

http
  .createServer((req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      'Access-Control-Allow-Origin': '*',
    })
    res.write(': connected\n\n')
    listeners.add(res)
    req.on('close', () => listeners.delete(res))
  })
  .listen(eventsPort, '127.0.0.1')

// Editors save in bursts (write, rename, touch): announce once the burst is over.
let pending: NodeJS.Timeout | undefined
fs.watch(contentDir(), { recursive: true }, (_event, file) => {
  clearTimeout(pending)
  pending = setTimeout(() => {
    for (const res of listeners) res.write(`data: ${JSON.stringify(file ?? '')}\n\n`)
  }, 150)
})

const next = spawn(
  process.execPath,
  [
    path.resolve('node_modules/next/dist/bin/next'),
    'dev',
    '--hostname',
    '127.0.0.1',
    '--port',
    values.port,
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, GIBSONIC_DEV_EVENTS: `http://127.0.0.1:${eventsPort}/` },
  },
)
next.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))
