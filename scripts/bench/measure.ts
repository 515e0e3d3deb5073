import { spawn } from 'node:child_process'
import fs from 'node:fs'

/**
 * How a command is measured: wall time from spawn to exit; CPU time as the growth of this
 * process's `cutime + cstime` (Linux accounts every waited-for descendant there, so Next.js's
 * worker processes count too); peak memory as the largest sum of RSS over the whole process tree,
 * read from /proc every 100 ms. Linux only: the bench runs where the site is built.
 */
export interface Measurement {
  wallSeconds: number
  cpuSeconds: number
  peakRssBytes: number
  exitCode: number
}

const TICKS_PER_SECOND = 100 // USER_HZ on Linux (getconf CLK_TCK)
const PAGE_SIZE = 4096

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
export function parseStat(stat: string): {
  ppid: number
  rssPages: number
  cutime: number
  cstime: number
} {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // fields[0] is field 3 (state) of proc(5): ppid is 4, cutime 16, cstime 17, rss 24.
  return {
    ppid: Number(fields[1]),
    cutime: Number(fields[13]),
    cstime: Number(fields[14]),
    rssPages: Number(fields[21]),
  }
}

function readStat(pid: number | 'self') {
  try {
    return parseStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return undefined // the process ended between listing and reading
  }
}

/** Total RSS of `root` and every process descended from it. */
export function treeRss(root: number, table = processTable()): number {
  const children = new Map<number, number[]>()
  for (const [pid, p] of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid])
  let total = 0
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop()!
    total += (table.get(pid)?.rssPages ?? 0) * PAGE_SIZE
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

function processTable(): Map<number, { ppid: number; rssPages: number }> {
  const table = new Map<number, { ppid: number; rssPages: number }>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = readStat(Number(name))
    if (stat) table.set(Number(name), stat)
  }
  return table
}

/** Runs a command to completion and measures it (its output goes to `log`). */
export function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; log: string },
): Promise<Measurement> {
  const before = readStat('self')!
  const out = fs.openSync(options.log, 'a')
  const start = process.hrtime.bigint()
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', out, out],
  })
  let peak = 0
  const sample = () => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid))
  }
  const timer = setInterval(sample, 100)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearInterval(timer)
      fs.closeSync(out)
      const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9
      const after = readStat('self')!
      const ticks = after.cutime + after.cstime - before.cutime - before.cstime
      resolve({
        wallSeconds,
        cpuSeconds: ticks / TICKS_PER_SECOND,
        peakRssBytes: peak,
        exitCode: code ?? (signal ? 128 : 1),
      })
    })
  })
}
