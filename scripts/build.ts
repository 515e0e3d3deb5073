/**
 * `npm run build`: check content, export with Next.js into a staging folder, then swap the result
 * into place. A content error or a failed export leaves the previous output untouched.
 *
 *   npm run build [-- --out DIR]     (default out/; CONTENT_DIR and BASE_PATH are read from the environment)
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { basePath } from '@/lib/base-path'
import { checkContent } from './check-content'
import { writeHostFiles } from './host-files'
import { plannedVariants } from '@/lib/markdown/responsive-images'
import { postBuild } from './postbuild'
import { writeImageVariants } from './postbuild-images'

const { values } = parseArgs({ options: { out: { type: 'string', default: 'out' } } })
const outDir = path.resolve(values.out)
const stage = path.resolve('.build', `export-${process.pid}`)

const content = await checkContent()
if (!content) process.exit(1)

fs.rmSync(stage, { recursive: true, force: true })
const next = spawnSync(
  process.execPath,
  [path.resolve('node_modules/next/dist/bin/next'), 'build'],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      GIBSONIC_DIST_DIR: path.relative(process.cwd(), stage),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
)
if (next.status !== 0) {
  fs.rmSync(stage, { recursive: true, force: true })
  console.error(
    `\nnext build failed (exit ${next.status ?? next.signal}): ${path.relative(process.cwd(), outDir)}/ was left as it was.`,
  )
  process.exit(1)
}

postBuild(stage, content)
// Content was checked in this process, so every image variant the pages refer to was planned here.
const images = await writeImageVariants(stage, plannedVariants())
if (images.variants)
  console.log(`Images: ${images.variants} variants, ${images.encoded} newly encoded`)
for (const warning of writeHostFiles(stage, content.site, basePath))
  console.warn(`warning: ${warning}`)

// Swap: the old output is moved aside before the new one takes its place, then removed.
const old = `${stage}-previous`
fs.mkdirSync(path.dirname(outDir), { recursive: true })
if (fs.existsSync(outDir)) fs.renameSync(outDir, old)
fs.renameSync(stage, outDir)
fs.rmSync(old, { recursive: true, force: true })
console.log(
  `\nSite exported to ${path.relative(process.cwd(), outDir) || '.'}/${basePath ? `, for serving under ${basePath}/` : ''}`,
)
