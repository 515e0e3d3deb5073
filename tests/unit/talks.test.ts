import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { formatIssue, IssueList } from '@/lib/content/issues'
import { loadTalks } from '@/lib/content/talks'
import { videoEmbed } from '@/lib/talks/video'

/** talks.yaml with `text`, loaded through the real loader; the .bib has the key `known2024`. */
function talksFrom(text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talks-'))
  fs.writeFileSync(path.join(dir, 'talks.yaml'), text)
  const issues = new IssueList()
  const talks = loadTalks(dir, issues, new Set(['known2024']))
  const errors = issues.items.map((i) => formatIssue({ ...i, file: path.basename(i.file) }))
  return { talks, errors }
}

describe('talks.yaml', () => {
  it('loads talks newest first, with slugs, URLs and dates as precise as written', () => {
    const { talks, errors } = talksFrom(
      [
        '- title: Old one',
        '  date: 2022',
        '  kind: podcast',
        '- title: New One!',
        '  date: 2024-06-26',
        '  event: Some Workshop',
        '  links: { video: "https://youtu.be/aqz-KE-bpKQ", publication: known2024 }',
        '- title: Same year, no day',
        '  date: "2024-03"',
        '  slug: my-own-slug',
      ].join('\n'),
    )
    assert.deepEqual(errors, [])
    assert.deepEqual(
      talks?.map((t) => [t.url, t.date.iso, t.kind]),
      [
        ['/talks/2024-new-one/', '2024-06-26', 'talk'],
        ['/talks/my-own-slug/', '2024-03', 'talk'],
        ['/talks/2022-old-one/', '2022', 'podcast'],
      ],
    )
  })

  it('reports every mistake at its line and column, saying what was expected', () => {
    const { talks, errors } = talksFrom(
      [
        '- title: A',
        '  date: 2024-02-30',
        '  kind: lecture',
        '- title: B',
        '  date: 2024',
        '  links:',
        '    slides: javascript:alert(1)',
        '    recording: https://example.org/',
        '- date: 2023',
      ].join('\n'),
    )
    assert.equal(talks, undefined)
    assert.deepEqual(errors, [
      'talks.yaml:2:3: 0.date: "2024-02-30" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
      'talks.yaml:3:3: 0.kind: Invalid option: expected one of "talk"|"keynote"|"tutorial"|"poster"|"podcast"',
      'talks.yaml:7:5: 1.links.slides: expected an http(s) URL or a path on this site starting with "/"',
      'talks.yaml:8:5: 1.links: Unrecognized key: "recording"',
      'talks.yaml:9:3: missing required field "2.title" (expected string)',
    ])
  })

  it('refuses a paper that is not in the .bib and two talks at one URL', () => {
    const { errors } = talksFrom(
      [
        '- title: Twice',
        '  date: 2024',
        '  links:',
        '    publication: unknown2020',
        '- title: Twice',
        '  date: 2024',
      ].join('\n'),
    )
    assert.deepEqual(errors, [
      'talks.yaml:4:5: links.publication: no entry "unknown2020" in publications.bib (expected one of its BibTeX keys)',
      'talks.yaml:5:3: talk URL /talks/2024-twice/ is already used by talk 1 (expected a different "slug")',
    ])
  })

  it('a site without talks.yaml has no talks', () => {
    const issues = new IssueList()
    assert.equal(loadTalks(os.tmpdir(), issues, new Set()), undefined)
  })
})

describe('a talk’s recording', () => {
  it('embeds YouTube from youtube-nocookie.com, keeping a start time', () => {
    for (const href of [
      'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
      'https://youtu.be/aqz-KE-bpKQ',
      'https://m.youtube.com/embed/aqz-KE-bpKQ',
      'https://www.youtube.com/live/aqz-KE-bpKQ',
    ])
      assert.deepEqual(videoEmbed(href), {
        kind: 'youtube',
        src: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ',
      })
    assert.equal(
      videoEmbed('https://youtu.be/aqz-KE-bpKQ?t=90')?.src,
      'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?start=90',
    )
  })

  it('plays a video file from this site, and only links anything else', () => {
    assert.deepEqual(videoEmbed('/assets/talk.webm'), { kind: 'file', src: '/assets/talk.webm' })
    for (const href of [
      'https://vimeo.com/1',
      'https://www.youtube.com/watch?v=short',
      'https://evil.example/youtube.com/watch?v=aqz-KE-bpKQ',
      '//cdn.example/x.mp4',
      '/slides.pdf',
    ])
      assert.equal(videoEmbed(href), undefined, href)
  })
})
