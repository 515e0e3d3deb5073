import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { planImport } from '@/lib/import/jekyll-site'

// A Jekyll home page is often only `layout: home`: the theme's layout lists the posts under it.
// Imported, such a page asks the site for its newest posts (`recent_posts`), so it is not empty.

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'home-layout-'))
  const all = {
    '_config.yml': 'title: T\n',
    '_posts/2024-01-02-first.md': '---\ntitle: First\n---\nHi.\n',
    ...files,
  }
  for (const [rel, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

function indexFrontMatter(dir: string): string {
  const file = planImport(dir).files.find((f) => f.target === 'content/pages/index.md')
  assert.ok(file, 'the home page is imported')
  return String(file.data).split('---')[1]!
}

test("a theme's home layout (no file in the site) lists the newest posts", () => {
  const dir = site({ 'index.md': '---\nlayout: home\n---\n' })
  assert.match(indexFrontMatter(dir), /^recent_posts: 10$/m)
})

test("the site's own layout lists posts only if it loops over them, through its parents", () => {
  const loops = site({
    'index.md': '---\nlayout: front\n---\nText.\n',
    '_layouts/front.html': '---\nlayout: base\n---\n{{ content }}',
    '_layouts/base.html':
      '<ul>{% for post in paginator.posts %}<li>{{ post.title }}</li>{% endfor %}</ul>',
  })
  assert.match(indexFrontMatter(loops), /^recent_posts: 10$/m)
  const plain = site({
    'index.md': '---\nlayout: home\n---\nText.\n',
    '_layouts/home.html': '<main>{{ content }}</main>',
  })
  assert.doesNotMatch(indexFrontMatter(plain), /recent_posts/)
  const none = site({ 'index.md': '---\nlayout: page\n---\nText.\n' })
  assert.doesNotMatch(indexFrontMatter(none), /recent_posts/)
})
