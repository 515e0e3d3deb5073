import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { layoutListsPosts } from '@/lib/import/home-layout'

// minima 2.5's own `home` layout takes the list first (`assign posts = paginator.posts`, or
// `site.posts` without pagination) and loops over that: it lists the posts as surely as a
// `for post in site.posts` does. A layout that only counts them does not.

function layouts(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'home-assign-'))
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, '_layouts'), { recursive: true })
    fs.writeFileSync(path.join(dir, '_layouts', `${name}.html`), text)
  }
  return dir
}

test('a layout that assigns the posts to a variable and loops over it lists them', (t) => {
  const dir = layouts({
    home:
      '---\nlayout: base\n---\n{{ content }}\n{% if site.paginate %}\n  {% assign posts = paginator.posts %}\n' +
      '{% else %}\n  {%- assign posts = site.posts -%}\n{% endif %}\n{% for post in posts %}{{ post.title }}{% endfor %}\n',
    base: '<main>{{ content }}</main>',
  })
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }))
  assert.equal(layoutListsPosts(dir, 'home'), true)
})

test('a layout that only counts the posts does not list them', (t) => {
  const dir = layouts({ count: '<p>{{ site.posts.size }} posts</p>{{ content }}' })
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }))
  assert.equal(layoutListsPosts(dir, 'count'), false)
})
