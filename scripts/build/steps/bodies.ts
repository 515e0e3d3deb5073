import fs from 'node:fs'
import path from 'node:path'
import { spliceBodies } from '@/lib/set-aside-body'
import { htmlFiles } from '../../output/html'
import type { Build } from '../context'

const MARK = Buffer.from('data-gibsonic-body="')

/**
 * Puts the long bodies the pages set aside back into them (lib/set-aside-body.ts), first after
 * Next.js, so every later step reads whole pages. Returns the pages that had one, whose RSC
 * payloads hold only the placeholder.
 */
export function spliceSetAsideBodies(build: Build): Set<string> {
  const spliced = new Set<string>()
  if (!fs.existsSync(build.bodies)) return spliced
  for (const page of htmlFiles(build.stage)) {
    const file = path.join(build.stage, page)
    const bytes = fs.readFileSync(file)
    if (bytes.indexOf(MARK) === -1) continue
    const result = spliceBodies(bytes.toString('utf8'), build.bodies)
    if (!result.spliced) continue
    fs.writeFileSync(file, result.html)
    spliced.add(page)
  }
  fs.rmSync(build.bodies, { recursive: true, force: true })
  if (spliced.size)
    console.log(
      `Put the long bodies of ${spliced.size} pages in after React (lib/set-aside-body.ts)`,
    )
  return spliced
}
