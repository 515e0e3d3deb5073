import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { loadContent } from '@/lib/content'
import { formatIssue, IssueList } from '@/lib/content/issues'
import { loadNews } from '@/lib/content/news'
import { navItems } from '@/lib/nav'
import { newsFeed } from '@/lib/news-feed'
import { sitemapEntries } from '@/lib/sitemap'

async function newsFrom(text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-'))
  fs.writeFileSync(path.join(dir, 'news.yaml'), text)
  const issues = new IssueList()
  const news = await loadNews(dir, issues)
  return {
    news,
    errors: issues.items.map((i) => formatIssue({ ...i, file: path.basename(i.file) })),
  }
}

describe('news.yaml', () => {
  it('renders Markdown, sorts newest first and gives each item an anchor', async () => {
    const { news, errors } = await newsFrom(
      [
        '- date: 2024-05-01',
        '  text: A *small* thing.',
        '- date: 2025-01-02',
        '  text: Read [the post](/blog/x/).',
        '  link: /talks/x/',
        '- date: 2024-05-01',
        '  text: Same day.',
      ].join('\n'),
    )
    assert.deepEqual(errors, [])
    assert.deepEqual(
      news?.map((n) => [n.id, n.html, n.plain, n.link]),
      [
        [
          'news-2025-01-02',
          '<p>Read <a href="/blog/x/">the post</a>.</p>',
          'Read the post.',
          '/talks/x/',
        ],
        ['news-2024-05-01', '<p>A <em>small</em> thing.</p>', 'A small thing.', undefined],
        ['news-2024-05-01-2', '<p>Same day.</p>', 'Same day.', undefined],
      ],
    )
  })

  it('reports each mistake at its line and column', async () => {
    const { news, errors } = await newsFrom(
      [
        '- date: yesterday',
        '  text: x',
        '- text: ""',
        '  date: 2024',
        '  link: "javascript:x"',
      ].join('\n'),
    )
    assert.equal(news, undefined)
    assert.deepEqual(errors, [
      'news.yaml:1:3: 0.date: "yesterday" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
      'news.yaml:3:3: 1.text: Too small: expected string to have >=1 characters',
      'news.yaml:5:3: 1.link: expected an http(s) URL or a path on this site starting with "/"',
    ])
  })
})

describe('the optional sections', () => {
  it('appear in the navigation and the sitemap only with their content', async () => {
    const seed = (await loadContent('tests/fixtures/seed-site')).content!
    const sections = (await loadContent('tests/fixtures/sections-site')).content!
    // The seed with the sections site's navigation: only the sections it has content for remain.
    const seedNav = { ...seed, site: { ...seed.site, nav: sections.site.nav } }
    assert.deepEqual(
      navItems(seedNav).map((i) => i.url),
      ['/', '/publications/'],
    )
    assert.deepEqual(
      navItems(sections).map((i) => i.url),
      ['/', '/publications/', '/talks/', '/news/', '/cv/', '/projects/', '/teaching/'],
    )
    const paths = (c: typeof seed) => sitemapEntries(c).map((e) => e.path)
    for (const p of ['/talks/', '/news/', '/cv/', '/projects/', '/teaching/']) {
      assert.ok(!paths(seed).includes(p), p)
      assert.ok(paths(sections).includes(p), p)
    }
  })

  it('the news feed is Atom with one entry per item, dated by the items', async () => {
    const { content } = await loadContent('tests/fixtures/sections-site')
    const xml = newsFeed(content!)
    assert.equal(xml.match(/<entry>/g)?.length, 5)
    assert.match(xml, /<updated>2025-05-02T00:00:00.000Z<\/updated>/)
    assert.match(
      xml,
      /<link href="https:\/\/sections.example.org\/talks\/2025-tiling-made-up-loops\/"\/>/,
    )
    assert.equal(newsFeed(content!), xml)
  })
})
