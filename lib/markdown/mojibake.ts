import iconv from 'iconv-lite'
import { lineColumnAt } from './positions'

// Runs of characters that UTF-8 bytes turn into when read as Windows-1252 (Ã©, ðŸ“‰, â€™).
// A run must start with a UTF-8 lead byte's character (Â-ô) and continue with continuation bytes.
const SUSPECT_RUN =
  /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]+/g

export interface Mojibake {
  line: number
  column: number
  found: string
  repaired: string
}

/** Repairs one run if it is UTF-8 that was decoded as Windows-1252; undefined if it is not. */
function repairRun(run: string): string | undefined {
  const bytes = iconv.encode(run, 'win1252')
  // iconv-lite writes '?' for characters Windows-1252 cannot hold: then this is not mojibake.
  if (bytes.includes(0x3f) && !run.includes('?')) return undefined
  try {
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return decoded !== run ? decoded : undefined
  } catch {
    return undefined
  }
}

/**
 * Finds text that was double-encoded by an earlier bad copy (UTF-8 read as Windows-1252 and saved
 * again), with the repaired text for each, e.g. `JosÃ©` → `José`, `ðŸ“‰` → `📉`.
 */
export function findMojibake(text: string): Mojibake[] {
  const found: Mojibake[] = []
  for (const m of text.matchAll(SUSPECT_RUN)) {
    const repaired = repairRun(m[0])
    if (repaired) found.push({ ...lineColumnAt(text, m.index), found: m[0], repaired })
  }
  return found
}

/** The text with every double-encoded run repaired. */
export function repairMojibake(text: string): string {
  return text.replace(SUSPECT_RUN, (run) => repairRun(run) ?? run)
}
