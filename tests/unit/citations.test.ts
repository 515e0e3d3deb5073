import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { toHtml } from 'hast-util-to-html'
import { VFile } from 'vfile'
import { referenceHref, type Bibliography, type CitationStyle } from '@/lib/citations/model'
import { loadContent } from '@/lib/content'
import { documentHast, type MarkdownDocument } from '@/lib/content/documents'
import { displayPath, formatIssue } from '@/lib/content/issues'
import { renderLiquid } from '@/lib/markdown/liquid'
import { markdownToHast } from '@/lib/markdown/markdown'
import { parseBibliography } from '@/lib/publications/parse'

const MINE = String.raw`@inproceedings{gibson2020orpheus,
  title = {Orpheus: A New Deep Learning Framework for Easy Deployment},
  author = {Gibson, Perry and Cano, Jos{\'e} and Turner, Jack and Crowley, Elliot J. and O'Boyle, Michael and Storkey, Amos},
  booktitle = {ISPASS},
  year = {2020},
  doi = {10.1109/ISPASS48437.2020.00022}
}`
const OTHERS = String.raw`@article{lattner2021mlir,
  title = {{MLIR}: Scaling Compiler Infrastructure for Domain Specific Computation},
  author = {Lattner, Chris and Amini, Mehdi},
  journal = {CGO},
  year = {2021},
  doi = {10.1109/CGO51591.2021.9370308}
}
@misc{tvm2018,
  title = {{TVM}: {\"U}ber-compiler for {GPU}s},
  author = {Chen, Tianqi},
  year = {2018},
  url = {https://tvm.apache.org/}
}
@misc{tvm2018b,
  title = {Another},
  author = {Chen, Tianqi},
  year = {2018}
}`

function bibliography(style: CitationStyle = 'numbered'): Bibliography {
  const references: Bibliography['references'] = {}
  for (const [text, own] of [
    [MINE, true],
    [OTHERS, false],
  ] as const)
    for (const entry of parseBibliography(text).publications)
      references[entry.key] = { entry, href: referenceHref(entry, own) }
  return { style, references, files: ['publications.bib', 'post/references.bib'], digest: '' }
}

async function render(markdown: string, style?: CitationStyle) {
  const file = new VFile({
    path: 'post.md',
    value: markdown,
    data: { url: '/blog/x/', bibliography: bibliography(style) },
  })
  const html = toHtml(await markdownToHast(file, ''))
  return { html, messages: file.messages.map((m) => `${m.line}:${m.column}: ${m.reason}`) }
}

const cite = (key: string, label: string) => `<a href="#ref-${key}" class="citation">${label}</a>`

describe('citations, numbered', () => {
  it('links [@key] to its entry in a References list, which links to the paper here', async () => {
    const { html, messages } = await render('As shown [@gibson2020orpheus].')
    assert.deepEqual(messages, [])
    assert.match(html, new RegExp(`<p>As shown \\[${cite('gibson2020orpheus', '1')}\\]\\.</p>`))
    assert.match(html, /<h2 id="references">References<a class="heading-anchor"/)
    assert.match(
      html,
      /<ol class="references">\s*<li id="ref-gibson2020orpheus">Perry Gibson, José Cano, Jack Turner, Elliot J\. Crowley, Michael O'Boyle and Amos Storkey\. <a href="\/publications\/gibson2020orpheus\/">Orpheus: A New Deep Learning Framework for Easy Deployment<\/a>\. ISPASS, 2020\.<\/li>/,
    )
  })

  it('numbers works in order of first citation, with locators and groups', async () => {
    const { html } = await render(
      'See [@lattner2021mlir, p. 4] and [@gibson2020orpheus; @lattner2021mlir].',
    )
    assert.match(
      html,
      new RegExp(
        `See \\[${cite('lattner2021mlir', '1, p. 4')}\\] and \\[${cite('gibson2020orpheus', '2')}, ${cite('lattner2021mlir', '1')}\\]`,
      ),
    )
    const order = [...html.matchAll(/<li id="ref-([^"]+)"/g)].map((m) => m[1])
    assert.deepEqual(order, ['lattner2021mlir', 'gibson2020orpheus'])
    // Someone else's paper links to its DOI; LaTeX in titles is decoded as on /publications/.
    assert.match(
      html,
      /<a href="https:\/\/doi\.org\/10\.1109\/CGO51591\.2021\.9370308" class="external">MLIR: Scaling/,
    )
  })

  it('reads narrative @key, and leaves handles, e-mail addresses and code alone', async () => {
    const { html, messages } = await render(
      '@lattner2021mlir built it; ask @someone or perry@example.org. `[@nope]`',
    )
    assert.deepEqual(messages, [])
    // (A bare address stays text, as in Jekyll, which has no GFM autolink literals.)
    assert.match(
      html,
      new RegExp(
        `<p>Lattner and Amini ${cite('lattner2021mlir', '\\[1\\]')} built it; ask @someone or perry@example\\.org\\. <code>\\[@nope\\]</code></p>`,
      ),
    )
  })

  it('reports an unknown key at its line and column, naming the files searched', async () => {
    const { messages } = await render('Intro.\n\nText [@gibson2020orpheus; @nosuchkey].')
    assert.deepEqual(messages, [
      '3:27: unknown citation key "nosuchkey" (searched publications.bib, post/references.bib; expected the key of a BibTeX entry there)',
    ])
  })

  it('leaves a document without a bibliography (a page) alone', async () => {
    const file = new VFile({ path: 'page.md', value: 'See [@x].', data: { url: '/' } })
    assert.equal(toHtml(await markdownToHast(file, '')), '<p>See [@x].</p>')
  })
})

describe('citations, author-year', () => {
  it('cites as (Name, year), tells same-name years apart and sorts the list by label', async () => {
    const { html } = await render(
      'Both [@tvm2018b; @tvm2018, p. 2] and @gibson2020orpheus.',
      'author-year',
    )
    assert.match(
      html,
      new RegExp(
        `Both \\(${cite('tvm2018b', 'Chen, 2018a')}; ${cite('tvm2018', 'Chen, 2018b, p. 2')}\\) and Gibson et al\\. ${cite('gibson2020orpheus', '\\(2020\\)')}\\.`,
      ),
    )
    const order = [...html.matchAll(/<li id="ref-([^"]+)"/g)].map((m) => m[1])
    assert.deepEqual(order, ['tvm2018b', 'tvm2018', 'gibson2020orpheus'])
    assert.match(html, /<ul class="references">/)
    assert.match(
      html,
      /<a href="https:\/\/tvm\.apache\.org\/" class="external">TVM: Über-compiler for GPUs</,
    )
  })
})

describe("jekyll-scholar's tags", () => {
  it('become Pandoc citations, and {% bibliography %} nothing', () => {
    const ctx = { site: {}, page: {}, siteUrl: 'https://x.org', basePath: '' }
    const { text, problems } = renderLiquid(
      '{% cite a b %} {% cite c --locator 23 %} {% bibliography --cited %}',
      ctx,
    )
    assert.deepEqual(problems, [])
    assert.equal(text, '[@a; @b] [@c, p. 23] ')
  })
})

describe('a post and its own .bib', () => {
  it("resolves keys in the folder post's references.bib and bibliography: files, and in MDX", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cite-'))
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
      fs.writeFileSync(path.join(dir, rel), text)
    }
    write(
      'site.yaml',
      'title: T\ndescription: D\nurl: https://x.org\nauthor: {name: A}\nnav: [{title: Home, url: /}]\ncitations: {style: author-year}\n',
    )
    write('pages/index.md', '---\ntitle: Home\n---\nHi.\n')
    write('publications.bib', MINE)
    write(
      'posts/2024-01-01-folder/index.md',
      '---\ntitle: F\n---\nSee [@tvm2018] and [@gibson2020orpheus].\n',
    )
    write('posts/2024-01-01-folder/references.bib', OTHERS)
    write(
      'posts/2024-01-02-named.mdx',
      '---\ntitle: N\nbibliography: refs/other.bib\n---\nSee [@lattner2021mlir].\n',
    )
    write('posts/refs/other.bib', OTHERS)
    write('posts/2024-01-03-bad.md', '---\ntitle: B\n---\nSee [@tvm2018].\n')
    const { issues } = await loadContent(dir)
    const bad = displayPath(path.join(dir, 'posts/2024-01-03-bad.md'))
    assert.deepEqual(issues.map(formatIssue), [
      `${bad}:4:6: unknown citation key "tvm2018" (searched ${displayPath(path.join(dir, 'publications.bib'))}; expected the key of a BibTeX entry there)`,
    ])
    fs.rmSync(path.join(dir, 'posts/2024-01-03-bad.md'))
    const { content } = await loadContent(dir)
    const [named, folder] = content!.posts
    assert.match(JSON.stringify(folder!.document), /Chen, 2018/)
    assert.equal(named!.document.format, 'mdx')
    assert.ok(named!.document.bibliography?.references.lattner2021mlir)
    fs.rmSync(dir, { recursive: true })
  })
})

describe('the document cache', () => {
  it("misses when a post's bibliography changes, though its text does not", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cite-cache-'))
    const previous = process.env.GIBSONIC_CACHE_DIR
    process.env.GIBSONIC_CACHE_DIR = path.join(dir, 'cache')
    try {
      const content = path.join(dir, 'content')
      const write = (rel: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(content, rel)), { recursive: true })
        fs.writeFileSync(path.join(content, rel), text)
      }
      write(
        'site.yaml',
        'title: T\ndescription: D\nurl: https://x.org\nauthor: {name: A}\nnav: [{title: Home, url: /}]\n',
      )
      write('pages/index.md', '---\ntitle: Home\n---\nHi.\n')
      write('posts/2024-01-01-p/index.md', '---\ntitle: P\n---\nSee [@tvm2018].\n')
      write('posts/2024-01-01-p/references.bib', OTHERS)
      const referenceText = async () => {
        const { content: loaded } = await loadContent(content)
        const doc = loaded!.posts[0]!.document
        assert.equal(doc.format, 'md')
        return toHtml(await documentHast(doc as MarkdownDocument))
      }
      assert.match(await referenceText(), /TVM: Über-compiler/)
      write('posts/2024-01-01-p/references.bib', OTHERS.replace('{\\"U}ber-compiler', 'Compiler'))
      const again = await referenceText()
      assert.match(again, /TVM: Compiler for GPUs/)
      assert.doesNotMatch(again, /Über/)
    } finally {
      if (previous === undefined) delete process.env.GIBSONIC_CACHE_DIR
      else process.env.GIBSONIC_CACHE_DIR = previous
      fs.rmSync(dir, { recursive: true })
    }
  })
})
