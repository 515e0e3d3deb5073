import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { loadContent } from '@/lib/content'
import { displayPath, formatIssue, IssueList } from '@/lib/content/issues'
import { loadSiteConfig } from '@/lib/content/site'

const SITE = `title: T
description: D
url: https://example.org
author:
  name: A
nav:
  - title: About
    url: /
`

function siteWith(redirects: string): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-redirects-'))
  fs.writeFileSync(path.join(dir, 'site.yaml'), SITE + redirects)
  return { dir, file: path.join(dir, 'site.yaml') }
}

describe('site-wide redirects in site.yaml', () => {
  it('are normalised to the site canonical form', () => {
    const { dir } = siteWith(
      'redirects:\n  - from: /page/2\n    to: /posts\n  - from: /old.html\n    to: /\n',
    )
    const issues = new IssueList()
    const site = loadSiteConfig(dir, issues)
    assert.deepEqual(issues.items, [])
    assert.deepEqual(
      site!.redirects.map(({ from, to, urlAt }) => ({ from, to, urlAt })),
      [
        { from: '/page/2/', to: '/posts/', urlAt: { line: 10, column: 5 } },
        { from: '/old.html', to: '/', urlAt: { line: 12, column: 5 } },
      ],
    )
  })

  it('refuse paths that leave the site, naming the line of each bad end', () => {
    const { dir, file } = siteWith(
      'redirects:\n  - from: //evil.example/\n    to: /posts/\n  - from: /x/\n    to: ../up\n',
    )
    const issues = new IssueList()
    loadSiteConfig(dir, issues)
    const f = displayPath(file)
    assert.deepEqual(issues.items.map(formatIssue), [
      `${f}:10:5: redirects.from "//evil.example/" points at another host (expected a site path such as /about/)`,
      `${f}:13:5: redirects.to "../up" must start with "/" (expected a site path such as /about/)`,
    ])
  })

  it('become redirect pages: the old pagination page leads to the post list', async () => {
    const { content } = await loadContent('tests/fixtures/full-site/content')
    assert.ok(content?.redirects.some((r) => r.from === '/page/2/' && r.to === '/posts/'))
  })
})
