import fs from 'node:fs'
import path from 'node:path'

/**
 * A small record the build leaves in the exported folder, so that `npm start` serves the site
 * under the base path it was built for. It is public anyway: the base path is in every URL.
 */
const FILE = '.build-info.json'

export interface BuildInfo {
  basePath: string
}

export function writeBuildInfo(dir: string, info: BuildInfo): void {
  fs.writeFileSync(path.join(dir, FILE), `${JSON.stringify(info)}\n`)
}

/** What the export in `dir` was built with; an export from before this file existed is a root build. */
export function readBuildInfo(dir: string): BuildInfo {
  const file = path.join(dir, FILE)
  if (!fs.existsSync(file)) return { basePath: '' }
  return JSON.parse(fs.readFileSync(file, 'utf-8')) as BuildInfo
}
