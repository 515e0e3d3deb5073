import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import YAML from 'yaml'
import { loadCv } from '@/lib/content/cv'
import { formatIssue, IssueList } from '@/lib/content/issues'
import { loadNews } from '@/lib/content/news'
import { loadProjects, loadTeaching } from '@/lib/content/projects'
import { loadSiteConfig } from '@/lib/content/site'
import { loadTalks } from '@/lib/content/talks'
import { planImport, type ImportPlan } from '@/lib/import/jekyll-site'
import { applyPlan } from '@/lib/import/manifest'

/**
 * The academic themes' sections (lib/import/sections.ts), planned from example sites in al-folio's
 * and academicpages' shapes (tests/fixtures/*-site, invented text), then read by the site's loaders.
 */
const AL_FOLIO = path.resolve('tests/fixtures/al-folio-site')
const ACADEMICPAGES = path.resolve('tests/fixtures/academicpages-site')

const fileOf = (plan: ImportPlan, target: string) => {
  const file = plan.files.find((f) => f.target === target)
  assert.ok(file, `${target} is planned`)
  return String(file.data)
}
const yamlOf = (plan: ImportPlan, target: string) => YAML.parse(fileOf(plan, target))
const flagged = (plan: ImportPlan) =>
  plan.report.notes
    .filter((n) => n.kind === 'flagged')
    .map((n) => `${n.line ? `${n.file}:${n.line}` : n.file}: ${n.message}`)

/** The plan written into a scratch folder and read by the site's own loaders: no problem at all. */
async function loadWritten(plan: ImportPlan) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-sections-'))
  const dirs = { content: path.join(root, 'content'), public: path.join(root, 'public') }
  applyPlan(plan.files, dirs, { dryRun: false, force: true })
  const issues = new IssueList()
  const site = loadSiteConfig(dirs.content, issues)
  assert.ok(site)
  const liquid = { site: {}, siteUrl: site.url, basePath: '' }
  const loaded = {
    talks: loadTalks(dirs.content, issues, new Set(['2022-06-01-example-paper'])),
    news: await loadNews(dirs.content, issues),
    cv: loadCv(dirs.content, issues),
    projects: await loadProjects(dirs.content, site, liquid, issues, new Set()),
    teaching: await loadTeaching(dirs.content, site, liquid, issues),
  }
  assert.deepEqual(issues.items.map(formatIssue), [])
  return loaded
}

describe('al-folio-shaped site', () => {
  const plan = planImport(AL_FOLIO)

  it('_news becomes news.yaml: inline items as text, a titled one linked to its kept page', () => {
    assert.deepEqual(yamlOf(plan, 'content/news.yaml'), [
      {
        date: '2024-03-14',
        text: 'Example news: the invented **Loom** compiler reached its first release.',
      },
      { date: '2023-11-02', text: 'An example longer announcement', link: '/news/announcement_2/' },
    ])
    assert.match(
      fileOf(plan, 'content/pages/news/announcement_2.md'),
      /permalink: \/news\/announcement_2\/[\s\S]*It has a second paragraph/,
    )
    const site = yamlOf(plan, 'content/site.yaml')
    assert.deepEqual(site.redirects, [{ from: '/news/announcement_1/', to: '/news/' }])
    assert.ok(site.nav.some((n: { url: string }) => n.url === '/news/'))
  })

  it('_projects become projects/ at their old URLs, and their index page keeps only its title', () => {
    const loom = fileOf(plan, 'content/projects/1_loom.md')
    assert.match(loom, /image: \/assets\/img\/loom\.png/)
    assert.match(loom, /order: 1/)
    assert.match(loom, /url: https:\/\/github\.com\/rowan-example\/loom/)
    assert.match(fileOf(plan, 'content/projects/2_sensor.md'), /url: https:\/\/sensor-kit/)
    const index = fileOf(plan, 'content/pages/_pages/projects.md')
    assert.doesNotMatch(index, /site\.projects|kept verbatim/)
    const moves = Object.fromEntries(plan.report.urls.map((u) => [u.old, u.new]))
    assert.equal(moves['/projects/1_loom/'], '/projects/1_loom/')
  })

  it("_data/cv.yml's sections become JSON Resume; the cv page's PDF becomes a link", () => {
    const cv = yamlOf(plan, 'content/cv.yaml')
    assert.equal(cv.basics.name, 'Rowan Example')
    assert.deepEqual(cv.education[0], {
      institution: 'Example University',
      studyType: 'PhD',
      startDate: '2019',
      endDate: '2023',
      highlights: ['Example thesis on invented compilers.'],
    })
    assert.equal(cv.work[0].position, 'Research Engineer')
    assert.deepEqual(cv.awards, [{ title: 'Example Prize', date: '2022' }])
    assert.match(
      fileOf(plan, 'content/pages/_pages/cv.md'),
      /\[The CV as a PDF\]\(\/assets\/pdf\/example_cv\.pdf\)/,
    )
  })

  it("papers.bib's bare file names are al-folio's assets/pdf/ files: site paths now", () => {
    assert.match(fileOf(plan, 'content/publications.bib'), /pdf = \{\/assets\/pdf\/loom\.pdf\}/)
  })

  it('a published collection with no section of its own (_books) becomes pages at its URLs', () => {
    assert.match(
      fileOf(plan, 'content/pages/_books/example-book.md'),
      /^permalink: \/books\/example-book\/$/m,
    )
  })

  it('what has no place is reported with its path and line', () => {
    assert.deepEqual(flagged(plan), [
      '_news/announcement_3.md:1: a news item needs a date (YYYY-MM-DD): not imported',
      '_projects/1_loom.md:7: category "work": the site\'s projects have no categories; the card is listed with the others',
      '_projects/2_sensor.md:1: no description: the card repeats the title; write one in the front matter',
      '_data/cv.yml:9: "Favourite Colour" has no place in a JSON Resume: left out',
      '_data/cv.yml:40: section "Other Interests" (list) has no place in a JSON Resume: left out',
    ])
  })

  it("the written sections load without a problem through the site's loaders", async () => {
    const loaded = await loadWritten(plan)
    assert.equal(loaded.news?.length, 2)
    assert.deepEqual(
      loaded.projects?.map((p) => p.url),
      ['/projects/1_loom/', '/projects/2_sensor/'],
    )
    assert.equal(loaded.cv?.basics.name, 'Rowan Example')
  })
})

describe('academicpages-shaped site', () => {
  const plan = planImport(ACADEMICPAGES)

  it('_talks become talks.yaml at their old URLs, with kind, event, place and slides', () => {
    const [loops, tutorial] = yamlOf(plan, 'content/talks.yaml')
    assert.deepEqual(
      { ...loops, abstract: undefined },
      {
        title: 'An example talk about loops',
        date: '2023-05-10',
        event: 'Example Workshop on Loops',
        place: 'Example City, Nowhere',
        kind: 'talk',
        slug: '2023-05-10-loops-talk',
        links: { slides: '/files/slides.txt' },
        abstract: undefined,
      },
    )
    assert.match(loops.abstract, /^Example abstract: a talk about invented loop transformations\./)
    assert.equal(tutorial.kind, 'tutorial')
    assert.equal(tutorial.slug, '2024-02-01-tutorial-day')
  })

  it('_teaching, _portfolio and _publications become teaching/, projects/ and publications.bib', () => {
    assert.match(
      fileOf(plan, 'content/teaching/2023-spring-compilers.md'),
      /term: Spring 2023\ndate: 2023-01-15\ninstitution: Example University, Department of Examples, Example City\nrole: Teaching assistant/,
    )
    const portfolio = fileOf(plan, 'content/projects/portfolio-1.md')
    assert.match(portfolio, /description: An example project\nimage: \/images\/teaser\.png/)
    assert.match(
      fileOf(plan, 'content/publications.bib'),
      /@article\{2022-06-01-example-paper,\n {2}title = \{An Example Paper on Invented Loops\},\n {2}year = \{2022\},\n {2}journal = \{Journal of Examples\}/,
    )
    const site = yamlOf(plan, 'content/site.yaml')
    assert.deepEqual(site.redirects, [
      { from: '/portfolio/portfolio-1/', to: '/projects/portfolio-1/' },
      { from: '/teaching/2023-spring-compilers/', to: '/teaching/' },
    ])
  })

  it('a JSON Resume keeps what the schema takes; the rest, and lost URLs, are reported at their lines', () => {
    const cv = yamlOf(plan, 'content/cv.yaml')
    assert.equal(cv.basics.url, undefined)
    assert.deepEqual(cv.awards, [{ title: 'Example Award' }])
    assert.equal(cv.hobbies, undefined)
    assert.deepEqual(flagged(plan), [
      "_talks/2023-05-10-loops-talk.md:13: the talk's abstract is plain text on the site: its heading and what follows were flattened to text",
      `_talks/2024-02-01-Tutorial_Day.md:5: the talk's old URL /talks/2024-02-01-Tutorial_Day cannot be kept (the site's talk URLs are lower-case letters, digits and "-"): it is /talks/2024-02-01-tutorial-day/ now`,
      `_talks/2024-02-01-Tutorial_Day.md:9: front matter "talk_map_colour" has no place in the site's talks: not carried over`,
      '_publications/2022-06-01-example-paper.md:10: the authors are only in the citation text: add an author field to its entry in content/publications.bib',
      '_data/cv.json:21: awards.0.date: "not a date" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD): left out of cv.yaml',
      '_data/cv.json:22: hobbies: Unrecognized key: "hobbies": left out of cv.yaml',
      "_pages/cv.md:6: this page's text now introduces the site's own /cv/, which lists the imported cv: remove what it repeats",
    ])
  })

  it("the written sections load without a problem through the site's loaders", async () => {
    const loaded = await loadWritten(plan)
    assert.deepEqual(
      loaded.talks?.map((t) => t.url),
      ['/talks/2024-02-01-tutorial-day/', '/talks/2023-05-10-loops-talk/'],
    )
    assert.equal(loaded.teaching?.[0]?.term, 'Spring 2023')
    assert.equal(loaded.cv?.work?.[0]?.position, 'Research Fellow')
  })
})

it('a site without academic collections gets no section files', () => {
  const plan = planImport(path.resolve('tests/fixtures/jekyll-site'))
  const targets = plan.files.map((f) => f.target)
  for (const section of ['talks.yaml', 'news.yaml', 'cv.yaml', 'projects/', 'teaching/'])
    assert.ok(!targets.some((t) => t.startsWith(`content/${section}`)), section)
})
