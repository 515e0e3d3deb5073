import fs from 'node:fs'
import path from 'node:path'
import { readFrontMatter } from './front-matter'

/** How many posts an imported page that listed them shows (`recent_posts`); /posts/ has the rest. */
export const RECENT_POSTS = 10

/** A Liquid loop over the site's posts: `{% for post in site.posts %}`, `paginator.posts`. */
const POST_LOOP = /\{%-?\s*for\s+\w+\s+in\s+(site|paginator)\.posts\b/

/**
 * Whether a page's layout listed the site's posts under the page's text: the site's own layout
 * file (or one it extends) loops over `site.posts`/`paginator.posts`; or the layout is `home` and
 * the site has no file for it, so it came from the theme (minima's and Jekyll's default themes'
 * `home` layouts list the posts).
 */
export function layoutListsPosts(siteDir: string, layout: unknown): boolean {
  const seen = new Set<string>()
  let name = typeof layout === 'string' ? layout : undefined
  while (name && !seen.has(name)) {
    seen.add(name)
    const file = path.join(siteDir, '_layouts', `${name}.html`)
    if (!fs.existsSync(file)) return name === 'home'
    const text = fs.readFileSync(file, 'utf8')
    if (POST_LOOP.test(text)) return true
    const parent = readFrontMatter(text)?.data.layout
    name = typeof parent === 'string' ? parent : undefined
  }
  return false
}
