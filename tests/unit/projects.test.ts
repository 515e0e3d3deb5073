import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { formatIssue, IssueList } from '@/lib/content/issues'
import { loadProjects, loadTeaching } from '@/lib/content/projects'
import { loadSiteConfig, type SiteConfig } from '@/lib/content/site'

const liquid = { site: {}, siteUrl: 'https://example.org', basePath: '' }

/** A content folder with the given files, e.g. `{ 'projects/a.md': '---\n...' }`. */
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'projects-'))
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

/** A real site config, `content.scripts` as given (the default, none, when undefined). */
function siteConfig(scripts?: string): SiteConfig {
  const dir = folder({
    'site.yaml': [
      'title: T',
      'description: D.',
      'url: https://example.org',
      'author: { name: A }',
      'nav: [{ title: About, url: / }]',
      ...(scripts ? [`content: { scripts: ${scripts} }`] : []),
    ].join('\n'),
  })
  const site = loadSiteConfig(dir, new IssueList())
  assert.ok(site)
  return site
}
const site = siteConfig()

const errorsOf = (issues: IssueList) =>
  issues.items.map((i) => formatIssue({ ...i, file: path.basename(i.file) }))

describe('projects/*.md', () => {
  it('are cards in ascending order, then by title, each at /projects/<file name>/', async () => {
    const dir = folder({
      'projects/b.md': '---\ntitle: Bravo\ndescription: B.\norder: 2\n---\nText.\n',
      'projects/a.md': '---\ntitle: Alpha\ndescription: A.\norder: 2\n---\nText.\n',
      'projects/c.md': '---\ntitle: Charlie\ndescription: C.\norder: 1\npublications: [k1]\n---\n',
    })
    const issues = new IssueList()
    const projects = await loadProjects(dir, site, liquid, issues, new Set(['k1']))
    assert.deepEqual(errorsOf(issues), [])
    assert.deepEqual(
      projects?.map((p) => p.url),
      ['/projects/c/', '/projects/a/', '/projects/b/'],
    )
  })

  it('reports each mistake at its line and column', async () => {
    const dir = folder({
      'projects/x.md': [
        '---',
        'title: X',
        'links:',
        '  - title: Repo',
        '    url: "javascript:alert(1)"',
        'publications: [missing2020]',
        'importance: 1',
        '---',
      ].join('\n'),
    })
    const issues = new IssueList()
    assert.deepEqual(await loadProjects(dir, site, liquid, issues, new Set()), [])
    assert.deepEqual(errorsOf(issues), [
      'x.md:2:1: missing required field "description" (expected string)',
      'x.md:5:5: links.0.url: expected an http(s) URL or a path on this site starting with "/"',
      'x.md:7:1: front matter: Unrecognized key: "importance"',
    ])
  })

  it('a site without a projects folder has none', async () => {
    assert.equal(
      await loadProjects(folder({}), site, liquid, new IssueList(), new Set()),
      undefined,
    )
  })
})

describe('teaching/*.md', () => {
  it('lists courses newest term first, and reports a bad date at its line', async () => {
    const dir = folder({
      'teaching/old.md': '---\ntitle: Old\nterm: Spring 2023\ndate: 2023-01\n---\n',
      'teaching/new.md': '---\ntitle: New\nterm: Autumn 2024\ndate: 2024-09\n---\n',
    })
    const issues = new IssueList()
    const courses = await loadTeaching(dir, site, liquid, issues)
    assert.deepEqual(
      courses?.map((c) => c.term),
      ['Autumn 2024', 'Spring 2023'],
    )
    const bad = folder({ 'teaching/x.md': '---\ntitle: X\nterm: T\ndate: autumn\n---\n' })
    const badIssues = new IssueList()
    await loadTeaching(bad, site, liquid, badIssues)
    assert.deepEqual(errorsOf(badIssues), [
      'x.md:4:1: date: "autumn" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ])
  })
})

describe('scripts in projects and teaching', () => {
  const withScript = (kind: 'projects' | 'teaching') =>
    folder({
      [`${kind}/chart.md`]: [
        '---',
        'title: Chart',
        kind === 'projects' ? 'description: D.' : 'term: Autumn 2024\ndate: 2024-09',
        'scripts: true',
        '---',
        '<script src="/assets/js/chart.js"></script>',
      ].join('\n'),
    })

  it('run where site.yaml allows them page by page, as in pages and posts', async () => {
    const perPage = siteConfig('per-page')
    const issues = new IssueList()
    const projects = await loadProjects(withScript('projects'), perPage, liquid, issues, new Set())
    const courses = await loadTeaching(withScript('teaching'), perPage, liquid, issues)
    assert.deepEqual(errorsOf(issues), [])
    assert.equal(projects?.length, 1)
    assert.equal(courses?.length, 1)
  })

  it('are refused at their line where site.yaml does not allow them', async () => {
    const issues = new IssueList()
    await loadProjects(withScript('projects'), site, liquid, issues, new Set())
    assert.match(
      errorsOf(issues)[0] ?? '',
      /^chart\.md:4:1: scripts: true, but site\.yaml does not allow scripts/,
    )
  })
})
