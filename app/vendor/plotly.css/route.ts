import fs from 'node:fs'
import path from 'node:path'
import { plotlyCss } from '@/lib/plotly-css'

// Exported once at build time as the static file /vendor/plotly.css.
export const dynamic = 'force-static'

export function GET(): Response {
  const script = fs.readFileSync(
    path.resolve('node_modules/plotly.js-dist-min/plotly.min.js'),
    'utf8',
  )
  return new Response(plotlyCss(script), { headers: { 'Content-Type': 'text/css; charset=utf-8' } })
}
