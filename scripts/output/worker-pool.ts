import { fileURLToPath } from 'node:url'
import Tinypool from 'tinypool'

/**
 * Runs `name`, an export of the module `file` (a file: URL, TypeScript or JavaScript), once per
 * task, each on a worker thread of its own (a pool of as many threads as tasks); the results come
 * back in task order, and a task that throws rejects with its error.
 */
export async function runInWorkers<F extends (task: never) => unknown>(
  file: string,
  name: string,
  tasks: Parameters<F>[0][],
): Promise<Awaited<ReturnType<F>>[]> {
  if (!tasks.length) return []
  const pool = new Tinypool({
    // Tinypool imports this path, or, failing that, its file: URL, and reports that error.
    filename: fileURLToPath(new URL('./worker-entry.mjs', import.meta.url)),
    // Not this process's preloads (tsx's loader, a test run's setup module): on Node 20 a worker
    // thread cannot load TypeScript until its entry has registered tsx.
    execArgv: [],
    minThreads: tasks.length,
    maxThreads: tasks.length,
  })
  try {
    return await Promise.all(
      tasks.map(
        (task) => pool.run({ module: file, name, task }) as Promise<Awaited<ReturnType<F>>>,
      ),
    )
  } finally {
    await pool.destroy()
  }
}
