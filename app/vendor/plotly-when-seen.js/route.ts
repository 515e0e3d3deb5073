import fs from 'node:fs'
import path from 'node:path'

// Exported once at build time as the static file /vendor/plotly-when-seen.js.
export const dynamic = 'force-static'

/**
 * The stand-in that imported chart pages load instead of Plotly itself: it fetches
 * /vendor/plotly.min.js only when a chart comes into view (lib/plotly-when-seen.js). Like the
 * other vendored files, it is published only when some page loads it (scripts/postbuild.ts).
 */
export function GET(): Response {
  const script = fs.readFileSync(path.resolve('lib/plotly-when-seen.js'), 'utf8')
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } })
}
