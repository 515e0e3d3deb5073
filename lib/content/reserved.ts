import fs from 'node:fs'
import path from 'node:path'
import { isSectionUrl } from '@/lib/routes'
import type { IssueList } from './issues'

/**
 * Site paths the build writes itself, so that no page, post or redirect of the content can take
 * one: derived from the routes in app/ (a page, a route handler such as /feed.xml, a dynamic
 * segment such as /tags/[tag]/ and everything below it, the metadata files) and from the files
 * in the public folders. Next.js would otherwise stop with `EEXIST` or a page mismatch, or a
 * redirect page would silently replace a generated one.
 */

// Written after the export, by the build's own steps: Next.js's assets, the image variants
// (lib/markdown/responsive-images.ts), the preview images (lib/og.ts) and the search index.
const BUILD_FOLDERS = ['/_next/', '/_img/', '/og/', '/pagefind/']
const BUILD_FILES = ['/404.html', '/publications.bib', '/publications.tex', '/CNAME', '/.nojekyll']

// Files Next.js makes of the metadata conventions in app/.
const METADATA: Record<string, string> = {
  'sitemap.ts': 'sitemap.xml',
  'robots.ts': 'robots.txt',
  'manifest.ts': 'manifest.webmanifest',
}

interface Generated {
  exact: Map<string, string>
  below: [string, string][]
}

let routes: Generated | undefined

/** The paths app/ generates, each with the file that generates it. */
function appRoutes(appDir = path.resolve('app')): Generated {
  if (routes) return routes
  const exact = new Map<string, string>()
  const below: [string, string][] = []
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const source = path.relative(process.cwd(), path.join(dir, entry.name))
      const name = entry.name
      if (entry.isDirectory()) {
        if (/^\(.*\)$/.test(name) || name.startsWith('_') || name.startsWith('@')) continue
        if (/^\[\[?\.\.\./.test(name)) {
          // The catch-all at the root is where content pages go; anywhere else it takes all below.
          if (segments.length) below.push([`/${segments.join('/')}/`, source])
          continue
        }
        if (/^\[.*\]$/.test(name))
          below.push([`/${segments.join('/')}${segments.length ? '/' : ''}`, source])
        else walk(path.join(dir, name), [...segments, name])
        continue
      }
      const url = `/${segments.join('/')}`
      if (/^page\.(tsx?|jsx?|mdx)$/.test(name)) exact.set(segments.length ? `${url}/` : '/', source)
      else if (/^route\.(ts|js)$/.test(name)) exact.set(url, source).set(`${url}/`, source)
      else if (name === 'not-found.tsx') exact.set('/404/', source).set('/404.html', source)
      else if (!segments.length && (METADATA[name] || /^(icon|apple-icon|favicon)\./.test(name))) {
        const file = `/${METADATA[name] ?? name}`
        exact.set(file, source).set(`${file}/`, source)
      }
    }
  }
  walk(appDir, [])
  for (const folder of BUILD_FOLDERS) below.push([folder, 'the build'])
  for (const file of BUILD_FILES) exact.set(file, 'the build').set(`${file}/`, 'the build')
  routes = { exact, below }
  return routes
}

/** What already claims `url` in the export, or undefined. `section` lets a section's own intro page through. */
function claimedBy(
  url: string,
  publicDirs: string[],
  { section }: { section: boolean },
): string | undefined {
  if (section && isSectionUrl(url)) return undefined
  const { exact, below } = appRoutes()
  const route =
    exact.get(url) ?? below.find(([prefix]) => url.startsWith(prefix) && url !== prefix)?.[1]
  if (route) return route
  const rel = url.split('/').filter(Boolean)
  for (const dir of publicDirs) {
    const target = path.join(dir, ...rel)
    const stat = fs.statSync(target, { throwIfNoEntry: false })
    if (!stat) continue
    if (stat.isFile()) return path.relative(process.cwd(), target)
    if (url.endsWith('/') && fs.existsSync(path.join(target, 'index.html')))
      return path.relative(process.cwd(), path.join(target, 'index.html'))
  }
  return undefined
}

/**
 * The route of app/ (or the build step) that writes `url`, and whether it writes that URL itself
 * (`/tags/`) or everything below a prefix (`/tags/x/`); undefined when none does. A section's
 * own URL (`/posts/`) is left to a page when `section` is set, as for the content's pages.
 */
export function routeFor(
  url: string,
  { section }: { section: boolean },
): { by: string; exact: boolean } | undefined {
  if (section && isSectionUrl(url)) return undefined
  const { exact, below } = appRoutes()
  const by = exact.get(url)
  if (by) return { by, exact: true }
  const prefix = below.find(([p]) => url.startsWith(p) && url !== p)
  return prefix && { by: prefix[1], exact: false }
}

/** Reports every page, post or redirect whose URL is one the build writes itself. */
export function checkReservedUrls(
  docs: {
    url: string
    file: string
    urlAt: { line: number; column: number }
    kind: 'page' | 'post' | 'redirect'
  }[],
  publicDirs: string[],
  issues: IssueList,
): void {
  for (const doc of docs) {
    const by = claimedBy(doc.url, publicDirs, { section: doc.kind === 'page' })
    if (by)
      issues.error(
        doc.file,
        `URL ${doc.url} is one the build writes itself (from ${by}) (expected a ${doc.kind === 'redirect' ? 'redirect_from' : 'permalink'} of its own)`,
        doc.urlAt.line,
        doc.urlAt.column,
      )
  }
}
