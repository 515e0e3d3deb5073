import fs from 'node:fs'
import path from 'node:path'

// Exported once at build time as the static file /copy.js.
export const dynamic = 'force-static'

/**
 * The copy-button script for code blocks and BibTeX, served as a plain file: the source lives with
 * the components (public/ is the author's), and the browser gets it without React or a bundler.
 */
export function GET(): Response {
  const script = fs.readFileSync(path.resolve('components/copy/copy.js'), 'utf8')
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } })
}
