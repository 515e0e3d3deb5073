// The entry of every worker thread of scripts/output/worker-pool.ts, in JavaScript: on Node 20 a
// worker thread does not get the TypeScript loader that tsx gives the build's own thread, so it
// registers tsx's loader itself, then runs each task's function from its TypeScript module.
import { register } from 'tsx/esm/api'

register()

/** Runs `name` of `module` (a file: URL) on `task`. */
export default async function runTask({ module, name, task }) {
  const exports = await import(module)
  return exports[name](task)
}
