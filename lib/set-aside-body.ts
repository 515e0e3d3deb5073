import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Long Markdown bodies bypass React. A body is one HTML string (components/Prose.tsx), and React
 * writes it twice: into the page, and again, escaped, into the page's flight data and RSC payload
 * files, which the post-build step then throws away for every page that does not hydrate. For a
 * post of several megabytes, that copy was most of `next build`'s work and memory, and parsing it
 * again most of the post-build step's. So, during a build (scripts/build/steps/next-build.ts sets
 * the folder), a body of `SET_ASIDE_MIN_BYTES` or more is written to a file of its own and the page
 * gets an empty placeholder; the first post-build step puts the body in (`spliceBodies`), before
 * anything reads the page. Outside a build (`next dev`, a bare `next build`) bodies stay inline.
 *
 * The page's RSC payloads would hold only the placeholder, so they are removed even where a
 * hydrating page links to the page: its router then loads it as a whole page.
 */
export const BODIES_DIR_ENV = 'GIBSONIC_BODIES_DIR'

/**
 * Below this, the second copy costs little. Most posts are smaller; a long post with highlighted
 * code passes it (each highlighted token is a span), as do the imported sites' longest posts.
 */
export const SET_ASIDE_MIN_BYTES = 64 * 1024

const PLACEHOLDER = /<div class="prose" data-gibsonic-body="([0-9a-f]{64})"><\/div>/g

/** The id `html` is stored under for the post-build step, or undefined to render it inline. */
export function setAsideBody(html: string): string | undefined {
  const dir = process.env[BODIES_DIR_ENV]
  if (!dir || Buffer.byteLength(html) < SET_ASIDE_MIN_BYTES) return undefined
  const id = createHash('sha256').update(html).digest('hex')
  const file = path.join(dir, `${id}.html`)
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true })
    // Aside and renamed: two workers may render the same body (a page and its redirect's target).
    const partial = `${file}.${process.pid}.partial`
    fs.writeFileSync(partial, html)
    fs.renameSync(partial, file)
  }
  return id
}

/**
 * `html` with each placeholder replaced by its body from `dir`, and whether there was one. A
 * missing body is an error: the page would be published without it.
 */
export function spliceBodies(html: string, dir: string): { html: string; spliced: boolean } {
  if (!html.includes('data-gibsonic-body="')) return { html, spliced: false }
  let spliced = false
  const result = html.replace(PLACEHOLDER, (_, id: string) => {
    const file = path.join(dir, `${id}.html`)
    if (!fs.existsSync(file)) throw new Error(`the body set aside as ${id} is missing from ${dir}`)
    spliced = true
    return `<div class="prose">${fs.readFileSync(file, 'utf8')}</div>`
  })
  return { html: result, spliced }
}
