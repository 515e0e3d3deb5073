/**
 * Page reuse between builds: a rebuild after editing one post generates that post's page again,
 * and takes every other post page from the previous output, byte for byte.
 *
 * Each post page is a function of two things, hashed before Next.js runs:
 * - the site signature: every input of the build (code, lock file, site.yaml, pages, public/, the
 *   base path, see lib/build-id.ts) except the posts folder, plus what any page shows of any post
 *   (URL, title, dates, tags, summary, reading time, visibility): a post page also shows its
 *   neighbours and related posts, and the lists show every post;
 * - the post signature: its file and its prepared body (the cached HTML tree, which carries the
 *   size and content hash of every image it shows).
 * A post page is reused only when both match what the previous build recorded for the same output
 * folder, it was a plain page (no hydration: those carry the build ID), it is a Markdown post (MDX
 * is rendered when the page is), and the file in the output is still the one that build wrote.
 * Everything else (lists, tags, feeds, pages, the search index) is made every time, and every page
 * still goes through the output checks.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { inputsHash } from '@/lib/build-id'
import type { Post, SiteContent } from '@/lib/content'
import { cacheRoot, hastFile, saveCacheFile } from '@/lib/content/document-cache'
import { contentDir } from '@/lib/content/files'
import type { ReusePlan } from '@/lib/reuse'
import { pageHash, pageHashes } from './output/html'

/** Files Next.js writes into a page's folder: the page and its RSC payloads. */
const PAGE_FILES = /^(index\.html|index\.txt|__next\..*\.txt)$/

export type { ReusePlan } from '@/lib/reuse'

interface Manifest {
  site: string
  /** Post URL → its signature and the hash (`pageHash`) of the index.html the build published. */
  posts: Record<string, { signature: string; html: string }>
}

const sha = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}

function manifestFile(outDir: string): string {
  return path.join(cacheRoot(), 'pages', `${sha(path.resolve(outDir)).slice(0, 16)}.json`)
}

const pageFile = (dir: string, url: string) => path.join(dir, ...url.split('/'), 'index.html')

function postSignature(post: Post): string | undefined {
  const doc = post.document
  if (doc.format !== 'md' || !doc.key || !fs.existsSync(hastFile(doc.key))) return undefined
  return sha(fs.readFileSync(post.file), fs.readFileSync(hastFile(doc.key)))
}

function siteSignature(content: SiteContent): string {
  const shown = content.posts.map((p) => [
    p.url,
    p.file,
    p.title,
    p.date.instant.toISOString(),
    p.updated?.instant.toISOString() ?? '',
    p.tags,
    p.description ?? '',
    p.image ?? '',
    p.externalUrl ?? '',
    p.draft,
    p.document.outline.excerpt,
    p.document.outline.readingMinutes,
    p.redirects.map((r) => r.from),
  ])
  return sha(
    inputsHash(process.cwd(), process.env, [path.join(contentDir(), 'posts')]),
    JSON.stringify(shown),
  )
}

function readManifest(outDir: string): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(manifestFile(outDir), 'utf8')) as Manifest
  } catch {
    return undefined
  }
}

/** Which post pages the build can take from `outDir`, the previous output. */
export function planReuse(content: SiteContent, outDir: string): ReusePlan {
  const site = siteSignature(content)
  const posts: Record<string, string> = {}
  for (const post of content.posts) {
    if (post.externalUrl) continue
    const signature = postSignature(post)
    if (signature) posts[post.url] = signature
  }
  const previous = readManifest(outDir)
  const reuse =
    previous?.site !== site
      ? []
      : Object.keys(posts).filter((url) => {
          const before = previous.posts[url]
          if (before?.signature !== posts[url]) return false
          const file = pageFile(outDir, url)
          return fs.existsSync(file) && pageHash(fs.readFileSync(file)) === before!.html
        })
  return { site, posts, reuse }
}

/** Copies the reused pages from the previous output into the staged export; returns their files. */
export function copyReusedPages(plan: ReusePlan, outDir: string, stage: string): string[] {
  const copied: string[] = []
  for (const url of plan.reuse) {
    const from = path.dirname(pageFile(outDir, url))
    const to = path.dirname(pageFile(stage, url))
    fs.mkdirSync(to, { recursive: true })
    for (const name of fs.readdirSync(from)) {
      if (!PAGE_FILES.test(name)) continue
      // A hard link where the file system allows one (the old output is deleted after the swap,
      // and finished pages are never written again), else a copy.
      try {
        fs.linkSync(path.join(from, name), path.join(to, name))
      } catch {
        fs.copyFileSync(path.join(from, name), path.join(to, name))
      }
      if (name === 'index.html')
        copied.push(path.relative(stage, path.join(to, name)).split(path.sep).join('/'))
    }
  }
  return copied
}

/**
 * Records what this build published, once it is in place: plain Markdown post pages only (a page
 * that kept the runtime for hydration is never reused). `hashes` are the published pages' hashes
 * (`pageHashes`), which the build has from its output checks.
 */
export function writeManifest(
  plan: ReusePlan,
  outDir: string,
  hydrated: Set<string>,
  hashes = pageHashes(outDir),
): void {
  const posts: Manifest['posts'] = {}
  for (const [url, signature] of Object.entries(plan.posts)) {
    const relative = path.relative(outDir, pageFile(outDir, url)).split(path.sep).join('/')
    const html = hashes.get(relative)
    if (hydrated.has(relative) || !html) continue
    posts[url] = { signature, html }
  }
  // Only a shortcut: if it cannot be stored, the next build generates every page.
  saveCacheFile(manifestFile(outDir), JSON.stringify({ site: plan.site, posts }))
}
