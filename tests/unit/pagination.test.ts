import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { loadContent } from '@/lib/content'
import { displayPath, formatIssue, IssueList } from '@/lib/content/issues'
import { loadSiteConfig } from '@/lib/content/site'
import {
  listPages,
  pageCount,
  pagedTitle,
  paginationBar,
  pageOf,
  pageParam,
  pageSlice,
  listPageUrl,
} from '@/lib/pagination'
import { postListPages, tagListPages } from '@/lib/post-lists'
import { sitemapEntries } from '@/lib/sitemap'

/** `paginationBar` as text, the way a reader sees the bar: `1 … 4 5 [6] 7 8 … 500`. */
function bar(current: number, count: number): string {
  return paginationBar(current, count)
    .map((l) => (l === 'gap' ? '…' : l === current ? `[${l}]` : String(l)))
    .join(' ')
}

describe('pagination', () => {
  it('counts pages, and an empty list still has its first page', () => {
    assert.equal(pageCount(0, 20), 1)
    assert.equal(pageCount(1, 20), 1)
    assert.equal(pageCount(20, 20), 1)
    assert.equal(pageCount(21, 20), 2)
    assert.equal(pageCount(10_000, 20), 500)
    assert.equal(pageCount(7, 1), 7)
  })

  it('slices each page so that every item is on exactly one page, in order', () => {
    const items = Array.from({ length: 47 }, (_, i) => i)
    assert.deepEqual(pageSlice(items, 1, 20), items.slice(0, 20))
    assert.deepEqual(pageSlice(items, 3, 20), [40, 41, 42, 43, 44, 45, 46])
    const pages = listPages(items, 20, '/posts/')
    assert.deepEqual(
      pages.map((p) => [p.number, p.count, p.items.length, p.url]),
      [
        [1, 3, 20, '/posts/'],
        [2, 3, 20, '/posts/page/2/'],
        [3, 3, 7, '/posts/page/3/'],
      ],
    )
    assert.deepEqual(
      pages.flatMap((p) => p.items),
      items,
    )
  })

  it('puts the first page at the list’s own URL and never at /page/1/', () => {
    assert.equal(listPageUrl('/posts/', 1), '/posts/')
    assert.equal(listPageUrl('/posts/', 2), '/posts/page/2/')
    assert.equal(listPageUrl('/tags/mlir/', 12), '/tags/mlir/page/12/')
    assert.equal(pageParam('1'), undefined)
    assert.equal(pageParam('2'), 2)
    assert.equal(pageParam('500'), 500)
    for (const bad of ['0', '02', '2.0', '-2', 'two', '', '404x'])
      assert.equal(pageParam(bad), undefined, bad)
  })

  it('has no page before the first or after the last', () => {
    assert.equal(pageOf([1, 2, 3], 2, '/posts/', 0), undefined)
    assert.equal(pageOf([1, 2, 3], 2, '/posts/', 3), undefined)
    assert.equal(pageOf([1, 2, 3], 2, '/posts/', 1.5), undefined)
    assert.deepEqual(pageOf([1, 2, 3], 2, '/posts/', 2)?.items, [3])
    assert.deepEqual(pageOf([], 20, '/posts/', 1)?.items, [])
  })

  it('shows the first, the last and two pages either side of the current one, with gaps', () => {
    assert.equal(bar(6, 500), '1 … 4 5 [6] 7 8 … 500')
    assert.equal(bar(1, 500), '[1] 2 3 … 500')
    assert.equal(bar(500, 500), '1 … 498 499 [500]')
    assert.equal(bar(250, 500), '1 … 248 249 [250] 251 252 … 500')
    assert.equal(bar(1, 1), '[1]')
    assert.equal(bar(2, 2), '1 [2]')
    assert.equal(bar(3, 8), '1 2 [3] 4 5 … 8')
  })

  it('shows a single missing page instead of a gap, which would be no narrower', () => {
    assert.equal(bar(4, 10), '1 2 3 [4] 5 6 … 10')
    assert.equal(bar(5, 9), '1 2 3 4 [5] 6 7 8 9')
    assert.equal(bar(7, 10), '1 … 5 6 [7] 8 9 10')
  })

  it('never shows more than nine entries, however many pages there are', () => {
    for (const count of [1, 5, 9, 10, 11, 50, 10_000])
      for (let current = 1; current <= count; current += Math.max(1, Math.floor(count / 37))) {
        const links = paginationBar(current, count)
        assert.ok(links.length <= 9, `${current} of ${count}: ${bar(current, count)}`)
        assert.equal(links[0], 1)
        assert.equal(links.at(-1), count)
        assert.ok(links.includes(current))
        const numbers = links.filter((l) => l !== 'gap')
        assert.deepEqual(
          numbers,
          [...numbers].sort((a, b) => a - b),
        )
      }
  })

  it('titles the later pages with their number', () => {
    assert.equal(pagedTitle('Posts', { number: 1, count: 50 }), 'Posts')
    assert.equal(pagedTitle('Posts', { number: 2, count: 50 }), 'Posts, page 2 of 50')
  })
})

const SITE = `title: T
description: D
url: https://example.org
author: { name: A }
nav: [{ title: Home, url: / }]
`

/** A content folder with `site.yaml` (plus `extra`) and `n` posts, every third tagged `odd`. */
function site(extra: string, n = 0): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-paginate-'))
  fs.writeFileSync(path.join(dir, 'site.yaml'), SITE + extra)
  fs.mkdirSync(path.join(dir, 'posts'))
  for (let i = 1; i <= n; i++) {
    const day = String(i).padStart(2, '0')
    const tags = i % 3 === 0 ? 'tags: [odd]\n' : ''
    fs.writeFileSync(
      path.join(dir, 'posts', `2024-01-${day}-post-${i}.md`),
      `---\ntitle: Post ${i}\n${tags}---\n\nBody.\n`,
    )
  }
  return dir
}

describe('posts.per_page in site.yaml', () => {
  it('is 20 when absent', () => {
    const issues = new IssueList()
    assert.equal(loadSiteConfig(site(''), issues)?.posts.per_page, 20)
    assert.deepEqual(issues.items, [])
  })

  it('reports anything but a whole number of 1 or more at its line and column', () => {
    for (const [value, message] of [
      ['0', 'expected at least 1 post a page'],
      ['-5', 'expected at least 1 post a page'],
      ['2.5', 'expected a whole number of posts, such as 20'],
      ['"10"', 'expected a whole number of posts, such as 20'],
    ]) {
      const dir = site(`posts:\n  permalink: /:title/\n  per_page: ${value}\n`)
      const issues = new IssueList()
      assert.equal(loadSiteConfig(dir, issues), undefined)
      const f = displayPath(path.join(dir, 'site.yaml'))
      assert.deepEqual(issues.items.map(formatIssue), [`${f}:8:3: posts.per_page: ${message}`])
    }
  })

  it('splits the post list and each tag, and the sitemap lists every page', async () => {
    const { content, issues } = await loadContent(site('posts:\n  per_page: 4\n', 10))
    assert.deepEqual(issues.map(formatIssue), [])
    const pages = postListPages(content!.posts, content!.site.posts.per_page)
    assert.deepEqual(
      pages.map((p) => p.items.map((post) => post.title)),
      [
        ['Post 10', 'Post 9', 'Post 8', 'Post 7'],
        ['Post 6', 'Post 5', 'Post 4', 'Post 3'],
        ['Post 2', 'Post 1'],
      ],
    )
    const tags = tagListPages(content!.posts, 4)
    assert.deepEqual(
      tags.map((t) => [t.slug, t.pages.map((p) => p.url)]),
      [['odd', ['/tags/odd/']]],
    )
    assert.deepEqual(
      tagListPages(content!.posts, 2).map((t) => t.pages.map((p) => p.url)),
      [['/tags/odd/', '/tags/odd/page/2/']],
    )
    const sitemap = sitemapEntries(content!)
    const lists = sitemap.filter((e) => /^\/(posts|tags)\//.test(e.path))
    assert.deepEqual(
      lists.map((e) => [e.path, e.lastModified?.toISOString().slice(0, 10)]),
      [
        ['/posts/', '2024-01-10'],
        ['/posts/page/2/', '2024-01-06'],
        ['/posts/page/3/', '2024-01-02'],
        ['/tags/', '2024-01-10'],
        ['/tags/odd/', '2024-01-09'],
      ],
    )
  })
})
