import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { loadContent } from '@/lib/content'
import { formatIssue } from '@/lib/content/issues'
import { neighbours, relatedPosts, tagIndex } from '@/lib/posts'
import { slugify, tagSlug } from '@/lib/slug'
import { inMode } from './mode'

const SITE = `title: T
description: D
url: https://example.org
author: { name: A }
nav: [{ title: Home, url: / }]
posts:
  redirect_from: ['/:year/:month/:day/:title.html']
`

/** A content folder made of the given files, in a temporary directory. */
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-posts-'))
  for (const [name, text] of Object.entries({ 'site.yaml': SITE, ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const post = (front: string, body = 'Body.') => `---\n${front}\n---\n\n${body}\n`

describe('the post loader', () => {
  it('reads Jekyll front matter: space-separated tags, categories, updated, image, redirects, unknown keys', async () => {
    const dir = site({
      'posts/2019-08-07-containers.md': post(
        'title: Containers\ndate: 2019-08-07 10:00:00 +0100\ntags: hpc docker\ncategories: blog\nupdated: 2020-01-02\nimage: /assets/x.png\nredirect_from: /old/containers/\nlayout: post\nmystery: kept',
      ),
    })
    const { content, issues } = await loadContent(dir)
    assert.deepEqual(issues.map(formatIssue), [])
    const p = content!.posts[0]!
    assert.equal(p.url, '/blog/2019/08/07/containers/')
    assert.deepEqual(p.tags, ['hpc', 'docker'])
    assert.equal(p.updated?.day, '2020-01-02')
    assert.equal(p.image, '/assets/x.png')
    assert.deepEqual(
      content!.redirects.map((r) => `${r.from} -> ${r.to}`),
      [
        '/old/containers/ -> /blog/2019/08/07/containers/',
        '/2019/08/07/containers.html -> /blog/2019/08/07/containers/',
      ],
    )
  })

  it('leaves out drafts and future posts, except in development', async () => {
    const dir = site({
      'posts/2020-01-01-live.md': post('title: Live'),
      'posts/2020-01-02-draft.md': post('title: Draft\ndraft: true'),
      'posts/2999-01-01-future.md': post('title: Future'),
    })
    const built = await loadContent(dir)
    assert.deepEqual(
      built.content!.posts.map((p) => p.slug),
      ['live'],
    )
    assert.deepEqual(
      built.content!.redirects.map((r) => r.from),
      ['/2020/01/01/live.html'],
    )
    const dev = inMode(
      'development',
      `const { loadContent } = await import('@/lib/content')
      const { content } = await loadContent(${JSON.stringify(dir)})
      console.log(JSON.stringify(content.posts.map((p) => p.slug)))`,
    )
    assert.deepEqual(dev, ['future', 'draft', 'live'])
  })

  it('derives the excerpt from <!--more--> or the first paragraph, reading time and contents', async () => {
    const long = Array.from({ length: 700 }, () => 'word').join(' ')
    const dir = site({
      'posts/2020-01-01-a.md': post(
        'title: A',
        `Intro *one*.\n\nIntro two.\n\n<!--more-->\n\n## First\n\n${long}\n\n### Sub\n\nx`,
      ),
      'posts/2020-01-02-b.mdx': post(
        'title: B',
        'Only paragraph.\n\n## Heading\n\n<Callout>Inside</Callout>',
      ),
      // On the line under a paragraph's last, kramdown keeps the comment inside the paragraph.
      'posts/2020-01-03-c.md': post(
        'title: C',
        'First.\n\nSecond, which ends\n<!--more-->\n\nThe rest.',
      ),
    })
    const posts = (await loadContent(dir)).content!.posts
    const a = posts.find((p) => p.slug === 'a')!
    assert.equal(a.document.outline.excerpt, 'Intro one. Intro two.')
    const c = posts.find((p) => p.slug === 'c')!
    assert.equal(c.document.outline.excerpt, 'First. Second, which ends')
    assert.equal(a.document.outline.readingMinutes, 3)
    assert.deepEqual(a.document.outline.toc, [
      { depth: 2, id: 'first', text: 'First' },
      { depth: 3, id: 'sub', text: 'Sub' },
    ])
    const b = posts.find((p) => p.slug === 'b')!
    assert.equal(b.document.outline.excerpt, 'Only paragraph.')
    assert.deepEqual(b.document.outline.toc, [{ depth: 2, id: 'heading', text: 'Heading' }])
  })

  it('supports folder posts, whose other files are published beside them', async () => {
    const dir = site({
      'posts/2021-03-04-folder/index.md': post('title: Folder', '![d](d.svg)'),
      'posts/2021-03-04-folder/d.svg': '<svg/>',
    })
    const p = (await loadContent(dir)).content!.posts[0]!
    assert.equal(p.url, '/blog/2021/03/04/folder/')
    assert.equal(p.assetsDir, path.join(dir, 'posts/2021-03-04-folder'))
  })

  it('lists an external post without a page or redirects of its own', async () => {
    const dir = site({
      'posts/2021-06-08-cross.md': post(
        'title: Cross-post\nexternal_url: https://example.com/story',
      ),
    })
    const { content } = await loadContent(dir)
    assert.equal(content!.posts[0]!.externalUrl, 'https://example.com/story')
    assert.deepEqual(content!.redirects, [])
  })

  it('reports bad posts at their line: two posts at one URL, a clash with a redirect, bad names and fields', async () => {
    const dir = site({
      'posts/2020-01-01-one.md': post('title: One\npermalink: /same/'),
      'posts/2020-01-02-two.md': post('title: Two\npermalink: /same/'),
      'posts/2020-01-03-three.md': post(
        'title: Three\nredirect_from: /blog/2020/01/01/one-again/\npermalink: /blog/2020/01/04/four/',
      ),
      'posts/2020-01-04-four.md': post('title: Four'),
      'posts/2020-01-05-bad.md': post('title: Bad\nupdated: yesterday\nexternal_url: ftp://x'),
      'posts/2020-01-06-esc.md': post('title: Escape\nredirect_from: [/../../etc/]'),
      'posts/notes.md': post('title: No date in the name'),
    })
    const d = dir
    assert.deepEqual((await loadContent(dir)).issues.map(formatIssue), [
      `${d}/posts/2020-01-05-bad.md:4:1: external_url: expected an http(s) URL`,
      `${d}/posts/2020-01-06-esc.md:3:1: redirect_from "/../../etc/" escapes its folder with "." or ".." (expected a plain path)`,
      `${d}/posts/notes.md:1:1: post file name "notes.md" does not follow the pattern (expected YYYY-MM-DD-slug.md, .mdx, .ipynb, or YYYY-MM-DD-slug/index.md)`,
      `${d}/posts/2020-01-03-three.md:4:1: URL /blog/2020/01/04/four/ is already used by ${d}/posts/2020-01-04-four.md (expected every page and post to have its own URL)`,
      `${d}/posts/2020-01-01-one.md:3:1: URL /same/ is already used by ${d}/posts/2020-01-02-two.md (expected every page and post to have its own URL)`,
    ])
  })

  it('builds an empty list from an empty posts folder', async () => {
    const { content, issues } = await loadContent(site({ 'posts/.keep': '' }))
    assert.deepEqual(issues, [])
    assert.deepEqual(content!.posts, [])
  })
})

describe('tags and neighbours', () => {
  it('slugs tags safely and groups them case-insensitively', async () => {
    assert.equal(tagSlug('C++'), 'cpp')
    assert.equal(tagSlug('github-actions'), 'github-actions')
    assert.equal(tagSlug('C#'), 'csharp')
    assert.equal(tagSlug('Node.js / web_dev'), 'node.js-web_dev')
    // Accents go; letters of other scripts stay (a Japanese tag has a page of its own).
    assert.equal(tagSlug('Café'), 'cafe')
    assert.equal(tagSlug('日本語'), '日本語')
    assert.equal(tagSlug('한국어'), '한국어')
    // Names lose accents and keep only letters and digits.
    assert.equal(slugify('José, Node.js & C++'), 'jose-node-js-c')
    const dir = site({
      'posts/2020-01-01-a.md': post('title: A\ntags: [MLIR, c++]'),
      'posts/2020-01-02-b.md': post('title: B\ntags: [mlir]'),
      'posts/2020-01-03-c.md': post('title: C\ntags: [tvm]'),
    })
    const posts = (await loadContent(dir)).content!.posts
    assert.deepEqual(
      tagIndex(posts).map((t) => `${t.slug}:${t.posts.length}`),
      ['mlir:2', 'cpp:1', 'tvm:1'],
    )
    const b = posts.find((p) => p.slug === 'b')!
    assert.deepEqual(
      relatedPosts(posts, b).map((p) => p.slug),
      ['a'],
    )
    const { older, newer } = neighbours(posts, b)
    assert.equal(older?.slug, 'a')
    assert.equal(newer?.slug, 'c')
  })
})
