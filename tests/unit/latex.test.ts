import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadContent } from '@/lib/content'
import { latexEscape, publicationsLatex } from '@/lib/publications/latex'

describe('publications.tex', () => {
  it('escapes the ten LaTeX special characters and keeps UTF-8 text', () => {
    assert.equal(
      latexEscape('50% of A&B_c {x} $1 #2 ^ ~ \\ José'),
      '50\\% of A\\&B\\_c \\{x\\} \\$1 \\#2 \\textasciicircum{} \\textasciitilde{} \\textbackslash{} José',
    )
  })

  it('lists every publication newest first, with the author in bold', async () => {
    // The whole-site fixture's publications (the author's, as they were in November 2026).
    const { content } = await loadContent('tests/fixtures/full-site/content')
    const tex = publicationsLatex(content!.publications!, content!.site)
    const items = tex.split('\n').filter((l) => l.startsWith('  \\item '))
    assert.equal(items.length, content!.publications!.length)
    assert.match(
      tex,
      /^% Publications of Perry Gibson, generated from https:\/\/gibsonic\.org\/publications\.bib\n/,
    )
    assert.match(tex, /\\begin\{enumerate\}\n[\s\S]*\\end\{enumerate\}\n$/)
    for (const item of items) assert.match(item, /\\textbf\{Perry Gibson\}/)
    const years = items.map((i) => Number(i.match(/ (\d{4})\.( |$)/)?.[1]))
    assert.deepEqual(
      years,
      [...years].sort((a, b) => b - a),
    )
    // Braces only from commands: no unbalanced group a LaTeX run would trip on.
    for (const item of items) {
      let depth = 0
      for (const c of item.replace(/\\[{}]/g, '')) {
        depth += c === '{' ? 1 : c === '}' ? -1 : 0
        assert.ok(depth >= 0, item)
      }
      assert.equal(depth, 0, item)
    }
  })
})
