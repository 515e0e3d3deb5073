import fs from 'node:fs'
import path from 'node:path'

/**
 * A progressive-enhancement script as a route handler's response, exported once at build time as
 * a plain static file: the source lives with the components (public/ is the author's), and the
 * browser gets it as written, without React or a bundler.
 */
export function staticScript(file: string): Response {
  const source = fs.readFileSync(path.resolve(file), 'utf8')
  // `npm run dev` serves no search index (the build writes it): the search says so (search.js).
  const script =
    process.env.NODE_ENV === 'development' ? `self.siteDevServer = true\n${source}` : source
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } })
}
