// The entry of every worker thread of scripts/output/worker-pool.ts, in JavaScript: on Node 20 a
// worker thread does not get the TypeScript loader that tsx gives the build's own thread, so a
// worker that runs a TypeScript module registers tsx's loader itself first.
let tsx

/** Runs `name` of `module` (a file: URL) on `task`. */
export default async function runTask({ module, name, task }) {
  if (module.endsWith('.ts')) tsx ??= import('tsx/esm/api').then((api) => api.register())
  await tsx
  const exports = await import(module)
  return exports[name](task)
}
