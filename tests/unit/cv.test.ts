import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { loadContent } from '@/lib/content'
import { loadCv } from '@/lib/content/cv'
import { formatIssue, IssueList } from '@/lib/content/issues'
import { dateSpan, resumeJson } from '@/lib/cv/resume'

function cvFrom(text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cv-'))
  fs.writeFileSync(path.join(dir, 'cv.yaml'), text)
  const issues = new IssueList()
  const cv = loadCv(dir, issues)
  return { cv, errors: issues.items.map((i) => formatIssue({ ...i, file: path.basename(i.file) })) }
}

describe('cv.yaml (JSON Resume)', () => {
  it('loads every JSON Resume section, dates as ISO 8601 strings, extra entry fields kept', () => {
    const { cv, errors } = cvFrom(
      [
        'basics: { name: Ada, profiles: [{ network: GitHub, url: "https://github.com/a" }] }',
        'work: [{ name: Lab, startDate: 2024, endDate: "2025-01", x-team: compilers }]',
        'education: [{ institution: Uni, endDate: 2024-06-30 }]',
        'volunteer: [{ organization: Club }]',
        'awards: [{ title: Prize, date: 2025 }]',
        'certificates: [{ name: Cert }]',
        'publications: [{ name: Paper, releaseDate: 2023 }]',
        'skills: [{ name: C++, keywords: [templates] }]',
        'languages: [{ language: English }]',
        'interests: [{ name: Radio }]',
        'references: [{ name: Ben, reference: Fine. }]',
        'projects: [{ name: Thing }]',
        'meta: { version: v1.0.0 }',
      ].join('\n'),
    )
    assert.deepEqual(errors, [])
    assert.deepEqual(cv?.work, [
      { name: 'Lab', startDate: '2024', endDate: '2025-01', 'x-team': 'compilers' },
    ])
    assert.equal(cv?.education?.[0]?.endDate, '2024-06-30')
  })

  it('reports each mistake at its line and column', () => {
    const { cv, errors } = cvFrom(
      [
        'basics:',
        '  label: no name',
        '  email: not-an-email',
        'work:',
        '  - name: Lab',
        '    startDate: 2024-13',
        '    url: ftp://lab.example',
        'experience: []',
      ].join('\n'),
    )
    assert.equal(cv, undefined)
    assert.deepEqual(errors, [
      'cv.yaml:1:1: missing required field "basics.name" (expected string)',
      'cv.yaml:3:3: basics.email: Invalid email address',
      'cv.yaml:7:5: work.0.url: expected an http(s) URL or a path on this site starting with "/"',
      'cv.yaml:6:5: work.0.startDate: "2024-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
      'cv.yaml:8:1: cv.yaml: Unrecognized key: "experience"',
    ])
  })

  it('cv.json takes the publications from the .bib, with absolute URLs', async () => {
    const { content } = await loadContent('tests/fixtures/sections-site')
    const json = resumeJson(content!)!
    assert.equal(json.basics.name, 'Ada Example')
    assert.deepEqual(json.publications, [
      {
        name: 'Tiling Made Up Loops',
        publisher: 'Workshop on Imaginary Compilers',
        releaseDate: '2025',
        url: 'https://sections.example.org/publications/example2025tiling/',
      },
      {
        name: 'Fusion Without Tears',
        publisher: 'Journal of Pretend Results',
        releaseDate: '2024',
        url: 'https://sections.example.org/publications/example2024fusion/',
      },
    ])
    assert.match(String(json.$schema), /jsonresume\/resume-schema/)
  })

  it('shows a span as precisely as its dates', () => {
    assert.equal(dateSpan('2020', '2024'), '2020 – 2024')
    assert.equal(dateSpan('2024-09', undefined, true), 'September 2024 – present')
    assert.equal(dateSpan(undefined, '2024'), '2024')
    assert.equal(dateSpan('2022', '2022'), '2022')
    assert.equal(dateSpan(), undefined)
  })
})
