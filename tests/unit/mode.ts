import { spawnSync } from 'node:child_process'

/**
 * The JSON value that `code` (an ES module body that may `await import('@/...')` and ends by
 * printing `JSON.stringify` of its answer) gives in a process of its own, with NODE_ENV set to
 * `mode`: a test that changed this process's NODE_ENV would change it for every test after it.
 */
export function inMode(mode: 'development' | 'production', code: string): unknown {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '--eval', code],
    {
      env: { ...process.env, NODE_ENV: mode },
      encoding: 'utf8',
    },
  )
  if (run.status !== 0) throw new Error(run.stderr)
  return JSON.parse(run.stdout) as unknown
}
