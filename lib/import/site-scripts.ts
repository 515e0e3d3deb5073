import fs from 'node:fs'
import path from 'node:path'
import { resolveInside } from '@/lib/content/roots'

/** An HTML comment: what an author commented out is neither loaded nor drawn into. */
export const HTML_COMMENT = /<!--[\s\S]*?-->/g

/** A `<script src="…">` start tag; group 1 is the URL as written. */
export const SCRIPT_SRC = /<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi

/**
 * The path a `<script src>` names on the site: `{{ site.baseurl }}` (which Jekyll puts in front
 * of the site's own files) and any query or fragment removed.
 */
export const scriptPath = (src: string): string =>
  src.replace(/^\{\{-?\s*site\.baseurl\s*-?\}\}/, '').split(/[?#]/)[0]!

/** Whether a script path names a file of the site's own (not another host's, not Liquid). */
export const isSitePath = (sitePath: string): boolean =>
  sitePath.startsWith('/') && !sitePath.startsWith('//') && !/\{[{%]/.test(sitePath)

/**
 * The text of a script of the site's own (`/assets/js/x.js`), or of `file` where the site serves
 * its own copy of a library; undefined unless it is a file that stays inside the site folder once
 * links are followed, smaller than 5 MB. The import reads other people's sites: nothing outside
 * the folder it was given is read on their behalf.
 */
export function readSiteScript(
  siteDir: string,
  sitePath: string,
  file?: string,
): string | undefined {
  if (file) return fs.readFileSync(file, 'utf8')
  if (!isSitePath(sitePath)) return undefined
  let decoded: string
  try {
    decoded = decodeURI(sitePath)
  } catch {
    return undefined
  }
  const real = resolveInside(path.join(siteDir, `.${decoded}`), [fs.realpathSync(siteDir)])
  if (!real) return undefined
  try {
    const stat = fs.statSync(real)
    return stat.isFile() && stat.size < 5_000_000 ? fs.readFileSync(real, 'utf8') : undefined
  } catch {
    return undefined
  }
}
