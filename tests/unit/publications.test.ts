import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parse } from '@retorquere/bibtex-parser'
import { loadContent } from '@/lib/content'
import { navItems } from '@/lib/nav'
import { isSelf } from '@/lib/publications/authors'
import { applyFilter, keywordFilters, typeFilters } from '@/lib/publications/filters'
import { parseBibliography } from '@/lib/publications/parse'
import { highwireTags } from '@/lib/publications/scholar'

const one = (bib: string) => {
  const { publications, problems } = parseBibliography(bib)
  assert.deepEqual(problems, [])
  return publications[0]!
}

describe('BibTeX parsing', () => {
  it('turns LaTeX into text: accents, dashes, ties, protected capitals', () => {
    const p = one(
      String.raw`@article{k, author = {M{\"u}ller, J{\"o}rg and Abell{\'a}n, Jos{\'e} L.}, title = {The {GPU} Story -- Part~1}, journal = {J}, year = {2021}}`,
    )
    assert.equal(p.title, 'The GPU Story – Part\u00a01')
    assert.deepEqual(p.authors, [
      { given: 'Jörg', family: 'Müller' },
      { given: 'José L.', family: 'Abellán' },
    ])
    assert.equal(p.authors[1]!.family, p.authors[1]!.family.normalize('NFC'), 'composed characters')
  })

  it('expands @string abbreviations and inherits through crossref', () => {
    const p = one(`@string{cgo = "Code Generation and Optimization"}
@inproceedings{child, title = {T}, author = {A, B}, crossref = {proc}}
@proceedings{proc, booktitle = "Proc. " # cgo, year = 2024, publisher = {IEEE}}`)
    assert.equal(p.venue, 'Proc. Code Generation and Optimization')
    assert.equal(p.year, 2024)
    assert.equal(p.publisher, 'IEEE')
  })

  it('reads the site fields: links, badges, award, keywords, selected, abstract', () => {
    const p =
      one(`@inproceedings{k, title = {T}, year = {2022}, booktitle = {4th Workshop on X}, doi = {10.1/x}, eprint = {2201.05587}, archivePrefix = {arXiv},
      pdf = {/assets/k.pdf}, code = {https://github.com/x/y}, slides = {/assets/k-slides.pdf}, video = {https://v.example/1}, poster = {/p.pdf},
      badges = {acm-available, acm-reproduced}, award = {Best Paper}, keywords = {TVM, auto-scheduling}, selected = {true}, abstract = {We show.}}`)
    assert.equal(p.category, 'workshop')
    assert.deepEqual(
      p.links.map((l) => `${l.label} ${l.href}`),
      [
        'PDF /assets/k.pdf',
        'DOI https://doi.org/10.1/x',
        'arXiv https://arxiv.org/abs/2201.05587',
        'Code https://github.com/x/y',
        'Slides /assets/k-slides.pdf',
        'Video https://v.example/1',
        'Poster /p.pdf',
      ],
    )
    assert.deepEqual(p.badges, ['Artifacts Available', 'Results Reproduced'])
    assert.equal(p.award, 'Best Paper')
    assert.deepEqual(p.keywords, ['auto-scheduling', 'TVM'])
    assert.equal(p.selected, true)
    assert.equal(p.abstract, 'We show.')
  })

  it('reports a syntax error with its line', () => {
    const { problems } = parseBibliography(
      '@misc{ok, title = {A}, year = 2020}\n\n@article{broken, title = {x}, year = {2020}\n@misc{next, title={B}, year={2021}}\n',
    )
    assert.equal(problems.length, 1)
    assert.equal(problems[0]!.line, 3)
    assert.match(problems[0]!.message, /^BibTeX syntax error: Token mismatch, expected "}"/)
  })

  it('reports entries without title or year by key, duplicate keys and keys unusable in URLs', () => {
    const { publications, problems } = parseBibliography(`@misc{notitle, year = 2020}
@misc{noyear, title = {Y}}
@misc{dup, title = {A}, year = 2020}
@misc{dup, title = {B}, year = 2021}
@misc{type, title = {C}, year = 2021}`)
    assert.deepEqual(
      problems.map((p) => `${p.line}: ${p.message}`),
      [
        '1: entry "notitle" has no title (expected a title field)',
        '2: entry "noyear" has no year (expected a year field such as year = {2024})',
        '4: duplicate BibTeX key "dup" (expected every entry to have its own key)',
        '5: BibTeX key "type" cannot be used in a URL (expected letters, digits, "_", "-", "." or ":", and not "type" or "keyword")',
      ],
    )
    assert.deepEqual(
      publications.map((p) => p.title),
      ['A'],
    )
  })
})

describe('BibTeX shown to visitors', () => {
  const p = one(String.raw`@inproceedings{gibson2022transfer,
  zeta = {kept},
  year = {2022}, month = oct, title = {{Transfer-Tuning}: Reusing Auto-Schedules},
  author = {Gibson, Perry and Cano, Jos{\'e}}, booktitle = {Proc. {PACT}}, pages = {28--39},
  badges = {acm-available}, selected = {true}, venue_short = {PACT}, code = {https://x}, keywords = {TVM}}`)

  it('keeps LaTeX, orders fields, drops private fields, keeps unknown ones', () => {
    assert.equal(
      p.bibtex,
      String.raw`@inproceedings{gibson2022transfer,
  author    = {Gibson, Perry and Cano, Jos{\'e}},
  title     = {{Transfer-Tuning}: Reusing Auto-Schedules},
  booktitle = {Proc. {PACT}},
  pages     = {28--39},
  year      = {2022},
  month     = oct,
  zeta      = {kept}
}
`,
    )
  })

  it('parses back with the same library to the same entry', () => {
    const back = parse(p.bibtex, { english: false, sentenceCase: false })
    assert.deepEqual(back.errors, [])
    assert.equal(back.entries[0]!.fields.title, 'Transfer-Tuning: Reusing Auto-Schedules')
    assert.equal(back.entries[0]!.fields.author!.length, 2)
  })
})

describe('authors, filters and Scholar tags', () => {
  it('recognises the site author by full name or initials', () => {
    const self = ['Gibson, Perry', 'Gibson, P.']
    assert.equal(isSelf({ given: 'Perry', family: 'Gibson' }, self), true)
    assert.equal(isSelf({ given: 'P. J.', family: 'Gibson' }, ['Gibson, P.']), true)
    assert.equal(isSelf({ given: 'Glenn', family: 'Gibson' }, self), false)
    assert.equal(isSelf({ given: 'Perry', family: 'Gibbon' }, self), false)
  })

  it('categorises and filters by type and keyword', () => {
    const { publications } =
      parseBibliography(`@article{j, title={J}, year=2020, journal={JPDC}, keywords={FPGA}}
@inproceedings{c, title={C}, year=2021, booktitle={Conf}, keywords={fpga, TVM}}
@inproceedings{w, title={W}, year=2022, booktitle={Workshop on Y}}
@phdthesis{t, title={T}, year=2024, school={UofG}}`)
    assert.deepEqual(
      typeFilters(publications).map((f) => `${f.category}:${f.count}`),
      ['conference:1', 'journal:1', 'workshop:1', 'thesis:1'],
    )
    assert.deepEqual(
      keywordFilters(publications).map((f) => `${f.slug}:${f.count}`),
      ['fpga:2', 'tvm:1'],
    )
    assert.deepEqual(
      applyFilter(publications, { kind: 'keyword', slug: 'fpga' }).map((p) => p.key),
      ['c', 'j'],
    )
  })

  it('gives Google Scholar the Highwire Press tags', () => {
    const p = one(
      `@article{k, title = {T}, author = {Gibson, Perry and Cano, José}, journal = {JPDC}, year = 2023, month = mar, volume = {173}, pages = {140--151}, doi = {10.1/x}, pdf = {/assets/k.pdf}}`,
    )
    assert.deepEqual(
      highwireTags(p, (path) => `https://example.org${path}`),
      {
        citation_title: 'T',
        citation_author: ['Gibson, Perry', 'Cano, José'],
        citation_publication_date: '2023/03',
        citation_abstract_html_url: 'https://example.org/publications/k/',
        citation_journal_title: 'JPDC',
        citation_firstpage: '140',
        citation_lastpage: '151',
        citation_volume: '173',
        citation_doi: '10.1/x',
        citation_pdf_url: 'https://example.org/assets/k.pdf',
      },
    )
  })
})

describe('a site without publications.bib', () => {
  it('builds, with no Publications in the navigation', async () => {
    const { content, issues } = await loadContent('tests/fixtures/render-site')
    assert.ok(content)
    assert.equal(content.publications, undefined)
    assert.equal(issues.filter((i) => i.severity === 'error').length, 0)
    assert.deepEqual(
      navItems({
        ...content,
        site: {
          ...content.site,
          nav: [
            { title: 'About', url: '/' },
            { title: 'Publications', url: '/publications/' },
          ],
        },
      }).map((n) => n.title),
      ['About'],
    )
  })
})
