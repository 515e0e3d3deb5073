import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { filterNextOutput } from '../next-output'

// A build that stops early leaves no child running (a card drawer, say).
const children = new Set<ChildProcess>()
process.on('exit', () => children.forEach((child) => child.kill()))

/**
 * Runs a command with this process's output, without blocking the event loop meanwhile; with
 * `onMessage`, the child gets an IPC channel and its messages are passed on. Output that the
 * options send through pipes is printed through `filterNextOutput`.
 */
export function run(
  command: string,
  args: string[],
  options: SpawnOptions,
  onMessage?: (message: unknown) => void,
) {
  return new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    const child = spawn(command, args, {
      stdio: onMessage ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit',
      ...options,
    })
    children.add(child)
    const output = [child.stdout, child.stderr].map((from, i) =>
      from ? filterNextOutput(from, i ? process.stderr : process.stdout) : undefined,
    )
    child.once('exit', () => children.delete(child))
    if (onMessage) child.on('message', onMessage)
    child.once('error', () => resolve({ status: 1, signal: null }))
    // Once its output is all printed.
    child.once('exit', (status, signal) =>
      Promise.all(output).then(() => resolve({ status, signal })),
    )
  })
}
