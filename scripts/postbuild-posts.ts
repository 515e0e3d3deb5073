import fs from 'node:fs'
import path from 'node:path'
import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import type { Redirect, SiteContent } from '@/lib/content'
import { absoluteUrl, url } from '@/lib/urls'

/**
 * A page that sends the visitor on: an instant meta refresh, a canonical link for search engines,
 * and a visible link for anyone whose browser does not follow the refresh. Built as a syntax tree,
 * so titles and URLs are escaped by the serialiser, not by hand.
 */
function redirectPage(content: SiteContent, redirect: Redirect): string {
  const title =
    [...content.posts, ...content.pages].find((d) => d.url === redirect.to)?.title ?? redirect.to
  const to = url(redirect.to)
  const tree = h(null, [
    { type: 'doctype' },
    h('html', { lang: content.site.lang }, [
      h('head', [
        h('meta', { charSet: 'utf-8' }),
        h('title', `Moved: ${title}`),
        h('meta', { httpEquiv: 'refresh', content: `0; url=${to}` }),
        h('link', { rel: 'canonical', href: absoluteUrl(content.site, redirect.to) }),
        h('meta', { name: 'robots', content: 'noindex' }),
      ]),
      h('body', [h('p', ['This page has moved to ', h('a', { href: to }, title), '.'])]),
    ]),
  ])
  return toHtml(tree)
}

/**
 * Writes a redirect page for every old URL: `/old/` as `old/index.html`, and Jekyll's
 * `/2019/08/07/post.html` as that very file, since that is the address people link to.
 */
export function writeRedirects(dir: string, content: SiteContent): void {
  for (const redirect of content.redirects) {
    const rel = redirect.from.endsWith('.html') ? redirect.from : `${redirect.from}index.html`
    const file = path.join(dir, ...rel.split('/').filter(Boolean))
    if (fs.existsSync(file))
      throw new Error(
        `${redirect.file}: redirect_from ${redirect.from} would overwrite a page of the site`,
      )
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, redirectPage(content, redirect))
  }
}

/**
 * Files beside a folder post (`2024-01-01-slug/diagram.png`) are published beside its page, and
 * so are a notebook post's own files.
 */
export function copyPostAssets(dir: string, content: SiteContent): void {
  for (const post of content.posts) {
    if (post.externalUrl) continue
    const target = path.join(dir, ...post.url.split('/').filter(Boolean))
    // A notebook's own files: the .ipynb to download and its output images.
    for (const file of post.files ?? []) {
      fs.mkdirSync(target, { recursive: true })
      fs.copyFileSync(file.from, path.join(target, file.name))
    }
    if (!post.assetsDir) continue
    fs.cpSync(post.assetsDir, target, { recursive: true, filter: (src) => !/\.mdx?$/.test(src) })
  }
}
