import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { IMAGES, type SyntheticPost } from './generate'

/**
 * The same synthetic posts as a minimal Hugo or Jekyll site, for a side-by-side build time. The
 * peers get the same Markdown (code, math as text, tables, images) and the simplest layouts, so
 * their time is a floor: they make no responsive images, feeds of full content or search index.
 */

export type Peer = 'hugo' | 'jekyll'

export function availablePeers(): Peer[] {
  return (['hugo', 'jekyll'] as const).filter(
    (p) => spawnSync('sh', ['-c', `command -v ${p}`]).status === 0,
  )
}

export function peerVersion(peer: Peer): string {
  const run = spawnSync(peer, [peer === 'hugo' ? 'version' : '--version'], { encoding: 'utf8' })
  return (run.stdout || run.stderr).trim().split('\n')[0] ?? peer
}

const LAYOUT = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${'{{ .Title }}'}</title></head><body>${body}</body></html>\n`

/** Writes the peer's site for `posts` (images from `imageDir`) into `dir`; returns the build command. */
export function writePeerSite(
  peer: Peer,
  dir: string,
  posts: SyntheticPost[],
  imageDir: string,
): { command: string; args: string[] } {
  fs.rmSync(dir, { recursive: true, force: true })
  const frontMatter = (p: SyntheticPost) =>
    `---\ntitle: "${p.title}"\ndate: ${p.date}\ntags: [${p.tags.join(', ')}]\n---\n\n`
  if (peer === 'hugo') {
    fs.mkdirSync(path.join(dir, 'layouts', '_default'), { recursive: true })
    fs.writeFileSync(
      path.join(dir, 'config.toml'),
      'baseURL = "http://127.0.0.1/"\ntitle = "Bench"\ndisableKinds = ["RSS"]\n',
    )
    fs.writeFileSync(
      path.join(dir, 'layouts', '_default', 'single.html'),
      LAYOUT('<main><h1>{{ .Title }}</h1>{{ .Content }}</main>'),
    )
    fs.writeFileSync(
      path.join(dir, 'layouts', '_default', 'list.html'),
      LAYOUT(
        '<main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main>',
      ),
    )
    fs.writeFileSync(
      path.join(dir, 'layouts', 'index.html'),
      LAYOUT('<main><h1>{{ .Site.Title }}</h1></main>'),
    )
    for (const p of posts) {
      // A post with an image is a page bundle, the image beside index.md, as in the site.
      const folder = path.join(dir, 'content', 'posts', p.slug)
      fs.mkdirSync(folder, { recursive: true })
      fs.writeFileSync(path.join(folder, 'index.md'), frontMatter(p) + p.body)
      if (p.image) fs.linkSync(path.join(imageDir, p.image), path.join(folder, p.image))
    }
    return {
      command: 'hugo',
      args: ['--quiet', '--source', dir, '--destination', path.join(dir, 'public')],
    }
  }
  fs.mkdirSync(path.join(dir, '_layouts'), { recursive: true })
  fs.mkdirSync(path.join(dir, '_posts'), { recursive: true })
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true })
  fs.writeFileSync(
    path.join(dir, '_config.yml'),
    'title: Bench\nmarkdown: kramdown\npermalink: /:year/:month/:day/:title/\ndefaults:\n  - scope: { path: "" }\n    values: { layout: default }\n',
  )
  fs.writeFileSync(
    path.join(dir, '_layouts', 'default.html'),
    LAYOUT('<main><h1>{{ page.title }}</h1>{{ content }}</main>').replace(
      '{{ .Title }}',
      '{{ page.title }}',
    ),
  )
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '---\ntitle: Bench\n---\n<ul>{% for post in site.posts %}<li><a href="{{ post.url }}">{{ post.title }}</a></li>{% endfor %}</ul>\n',
  )
  for (const spec of IMAGES)
    fs.linkSync(path.join(imageDir, spec.name), path.join(dir, 'assets', spec.name))
  for (const p of posts) {
    const body = p.image ? p.body.replace(`](${p.image} `, `](/assets/${p.image} `) : p.body
    fs.writeFileSync(path.join(dir, '_posts', `${p.date}-${p.slug}.md`), frontMatter(p) + body)
  }
  return {
    command: 'jekyll',
    args: ['build', '--quiet', '--source', dir, '--destination', path.join(dir, '_site')],
  }
}
