/**
 * `npm start`: serves the exported site on 127.0.0.1 the way GitHub Pages does: `/posts` redirects
 * to `/posts/`, which serves posts/index.html; unknown URLs get 404.html with status 404; text
 * (HTML, CSS, JavaScript, JSON, XML, SVG) is gzipped for browsers that accept it. A site
 * built with BASE_PATH is served under that path (the build records it in the export), as a
 * GitHub project site is, and anything outside the path is a 404.
 *
 *   npm start [-- --port 3000 --dir out]
 */
import http from 'node:http'
import path from 'node:path'
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import compression from 'compression'
import handler from 'serve-handler'
import { readBuildInfo } from '@/lib/build-info'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    dir: { type: 'string', default: 'out' },
  },
})
const root = path.resolve(values.dir)
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`${values.dir}/ has no exported site: run \`npm run build\` first.`)
  process.exit(1)
}
const { basePath } = readBuildInfo(root)

// Text is compressed as GitHub Pages and Vercel compress it (compression's default filter: types
// that compress, from 1 KB).
// (Its types are Express's; it needs no more of a request and response than Node's own.)
const gzip = compression() as unknown as (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next: () => void,
) => void

const server = http.createServer((req, res) => gzip(req, res, () => serve(req, res)))
// Node closes an idle kept-alive connection after 5 s; a client that sends its next request on it
// just then gets a reset connection (a test's crawl did: ECONNRESET on one asset). Browsers and
// HTTP clients keep idle connections for longer, so the server does too, as static hosts do.
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000

function serve(req: http.IncomingMessage, res: http.ServerResponse): void {
  const pathname = (req.url ?? '/').split('?')[0] ?? '/'
  if (basePath && pathname === basePath) {
    res.writeHead(301, { Location: `${basePath}/` }).end()
    return
  }
  if (basePath) {
    if (!pathname.startsWith(`${basePath}/`)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end(`Not found: this site is served under ${basePath}/\n`)
      return
    }
    req.url = req.url!.slice(basePath.length)
    prefixRedirects(res, basePath)
  }
  void handler(req, res, {
    public: root,
    // Folders serve their index.html; a .html file is served as it is, never redirected, as on
    // GitHub Pages.
    cleanUrls: ['/', '/**/!(*.html)'],
    trailingSlash: true,
    directoryListing: false,
    // serve-handler's MIME table predates AVIF; static hosts send this type.
    headers: [{ source: '**/*.avif', headers: [{ key: 'Content-Type', value: 'image/avif' }] }],
  })
}

/** serve-handler redirects (`/posts` → `/posts/`) within the folder; put the base path back. */
function prefixRedirects(res: http.ServerResponse, prefix: string): void {
  const writeHead = res.writeHead.bind(res) as (
    status: number,
    headers?: http.OutgoingHttpHeaders,
  ) => http.ServerResponse
  res.writeHead = ((status: number, headers?: http.OutgoingHttpHeaders) => {
    const location = headers?.Location
    if (typeof location === 'string' && location.startsWith('/'))
      return writeHead(status, { ...headers, Location: prefix + location })
    return writeHead(status, headers)
  }) as typeof res.writeHead
}

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${values.dir}/ at http://127.0.0.1:${values.port}${basePath}/`)
})
