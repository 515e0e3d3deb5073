import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { siteSources } from '@/lib/content-sources'
import { formatIssue, IssueList } from '@/lib/content/issues'
import { loadSiteConfig } from '@/lib/content/site'
import { planImport } from '@/lib/import/jekyll-site'
import { metaContentSecurityPolicy } from '@/lib/security'
import { tempSite } from './temp-site'

// A page that embeds another site in an <iframe> (a Google Drive preview) keeps its frame: the
// import names that site in site.yaml's content.frames, and the pages' policy allows it (issue 15).

test('the import lists the sites pages frame, besides YouTube, in content.frames', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frames-'))
  fs.writeFileSync(path.join(dir, '_config.yml'), 'title: T\n')
  fs.writeFileSync(
    path.join(dir, 'a.md'),
    '---\ntitle: A\n---\n<iframe src="https://drive.example.org/file/d/x/preview" title="x"></iframe>\n\n<iframe src="//www.youtube.com/embed/y" title="y"></iframe>\n',
  )
  const plan = planImport(dir)
  const site = String(plan.files.find((f) => f.target === 'content/site.yaml')!.data)
  assert.match(site, /content:\n {2}frames:\n {4}- https:\/\/drive\.example\.org\n/)
  assert.ok(
    plan.report.notes.some(
      (n) => n.kind === 'flagged' && n.message.includes('embed https://drive.example.org'),
    ),
  )
})

test("content.frames are added to the policy's frame-src; anything but https://host is refused", () => {
  const ok = tempSite({
    'site.yaml':
      'title: T\ndescription: D\nurl: https://t.example.org\nauthor:\n  name: A\nnav:\n  - title: Home\n    url: /\ncontent:\n  frames:\n    - https://drive.example.org\n',
  })
  const site = loadSiteConfig(ok, new IssueList())!
  assert.match(
    metaContentSecurityPolicy([], siteSources(site)),
    /frame-src 'self' https:\/\/www\.youtube\.com https:\/\/www\.youtube-nocookie\.com https:\/\/drive\.example\.org;/,
  )
  const bad = tempSite({
    'site.yaml':
      'title: T\ndescription: D\nurl: https://t.example.org\nauthor:\n  name: A\nnav:\n  - title: Home\n    url: /\ncontent:\n  frames:\n    - http://drive.example.org/x\n',
  })
  const issues = new IssueList()
  assert.equal(loadSiteConfig(bad, issues), undefined)
  assert.match(formatIssue(issues.items[0]!), /content\.frames\.0: expected https:\/\/host/)
})
