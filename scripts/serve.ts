/**
 * `npm start`: serves the exported site from out/ on 127.0.0.1 the way a static host does:
 * `/posts` and `/posts/` both reach posts/index.html, unknown URLs get 404.html with status 404.
 *
 *   npm start [-- --port 3000 --dir out]
 */
import http from 'node:http'
import path from 'node:path'
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import handler from 'serve-handler'

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

const server = http.createServer((req, res) => {
  void handler(req, res, {
    public: root,
    cleanUrls: true,
    trailingSlash: true,
    directoryListing: false,
  })
})
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${values.dir}/ at http://127.0.0.1:${values.port}/`)
})
