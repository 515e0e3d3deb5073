import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

// What decides the output: the content, the code that renders it, and the locked dependencies.
const INPUTS = [
  'app',
  'components',
  'lib',
  'content',
  'public',
  'package-lock.json',
  'next.config.ts',
]

/**
 * Next.js's build id, which names a folder under `_next/static/`. Next.js makes a random one per
 * build; this one is a hash of the build's inputs (and CONTENT_DIR, BASE_PATH, PUBLIC_DIR), so two
 * builds of the same sources are byte-identical, and a changed site still gets a new folder that
 * no cache holds.
 */
export function buildId(root = process.cwd(), env = process.env): string {
  return inputsHash(root, env).slice(0, 20)
}

/**
 * A hash of the same inputs, leaving out every file under the folders in `except` (the build's
 * page reuse hashes posts one by one, see scripts/reuse-pages.ts).
 */
export function inputsHash(root = process.cwd(), env = process.env, except: string[] = []): string {
  const hash = createHash('sha256')
  hash.update(`${env.CONTENT_DIR ?? ''}\0${env.BASE_PATH ?? ''}\0${env.PUBLIC_DIR ?? ''}\0`)
  const inputs = [
    ...INPUTS,
    ...(env.CONTENT_DIR ? [env.CONTENT_DIR] : []),
    ...(env.PUBLIC_DIR ? [env.PUBLIC_DIR] : []),
  ]
  const skipped = except.map((dir) => path.resolve(root, dir) + path.sep)
  for (const input of inputs) {
    const full = path.resolve(root, input)
    if (!fs.existsSync(full)) continue
    const files = fs.statSync(full).isDirectory()
      ? (fs.readdirSync(full, { recursive: true }) as string[]).map((f) => path.join(full, f))
      : [full]
    for (const file of files.sort()) {
      if (skipped.some((dir) => file.startsWith(dir))) continue
      if (!fs.statSync(file).isFile()) continue
      hash.update(`${path.relative(root, file)}\0`).update(fs.readFileSync(file))
    }
  }
  return hash.digest('hex')
}
