import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { toHtml } from 'hast-util-to-html'
import { documentHast, prepareDocument } from '@/lib/content/documents'
import { formatIssue, IssueList } from '@/lib/content/issues'
import { loadSiteConfig } from '@/lib/content/site'
import { kramdownConfig } from '@/lib/import/config'
import { renderMd, renderMdx } from './helpers'

// What Jekyll 4.3 (Debian's kramdown 2.4.0 with kramdown-parser-gfm) renders for the same input.

describe('kramdown typography', () => {
  it('makes smart quotes, dashes, ellipses and guillemets in prose', async () => {
    const { html } = await renderMd(`"Fancy" it's 'cool' -- even the '80s... --- <<is>> << a >>`)
    assert.equal(html, '<p>“Fancy” it’s ‘cool’ – even the ’80s… — «is» «\u00a0a\u00a0»</p>')
  })

  it('leaves code, math, URLs and raw HTML attributes alone', async () => {
    const { html } = await renderMd(
      'Run `a -- "b"` at <https://x.org/a--b> or <span title="x -- \'y\'">"z"</span>\n\n```\n"q" -- x\n```',
    )
    assert.match(html, /<code>a -- "b"<\/code>/)
    assert.match(html, /href="https:\/\/x\.org\/a--b"[^>]*>https:\/\/x\.org\/a--b</)
    assert.match(html, /<span title="x -- &#x27;y&#x27;">“z”<\/span>/)
    assert.match(html, /<span>"q" -- x<\/span>/)
  })

  it('honours smart_quotes, and MDX keeps straight quotes', async () => {
    const doc = await prepare('"a" \'b\'', {}, { smart_quotes: 'sbquo,lsquo,bdquo,ldquo' })
    assert.match(doc.html, /<p>„a“ ‚b‘<\/p>/)
    assert.match(await renderMdx('"a" -- b'), /<p>&quot;a&quot; -- b<\/p>/)
  })
})

describe('kramdown blocks', () => {
  it('applies {::options} lines without showing them, and reports bad values at their line', async () => {
    const { html, messages } = await renderMd(
      'a\n\n{::options parse_block_html="true" footnote_nr="x" /}\n\n<div>\n*b*\n</div>',
    )
    assert.equal(html, '<p>a</p>\n<div><p><em>b</em></p></div>')
    assert.deepEqual(messages, ['3:1: warning: {::options}: footnote_nr: expected a whole number'])
  })

  it('parses Markdown inside an element with markdown="1", and keeps other HTML blocks whole', async () => {
    const { html } = await renderMd(
      '<div class="note" markdown="1">\n## Title\n\nSome *text*\n</div>\n\n<div>\n  <p>one</p>\n\n      <p>two</p>\n</div>',
    )
    assert.match(
      html,
      /^<div class="note"><h2 id="title">Title<a [^>]+>#<\/a><\/h2><p>Some <em>text<\/em><\/p><\/div>/,
    )
    // CommonMark would end the block at the blank line and make the indented line code.
    assert.match(html, /<div>\n {2}<p>one<\/p>\n\n {6}<p>two<\/p>\n<\/div>$/)
  })

  it('renders comments, nomarkdown, abbreviations, the end-of-block marker and {:toc}', async () => {
    const { html } = await renderMd(
      '* TOC\n{:toc}\n\n# One\n\n{::comment}\nhidden\n{:/comment}\n\n{::nomarkdown}\n<b>*raw*</b>\n{:/}\n\n* a\n^\n* b\n\nUse CSS.\n\n*[CSS]: Cascading Style Sheets',
    )
    assert.match(
      html,
      /^<ul id="markdown-toc"><li><a href="#one" id="markdown-toc-one">One<\/a><\/li><\/ul>/,
    )
    assert.match(html, /<!-- hidden -->/)
    assert.match(html, /<b>\*raw\*<\/b>/)
    assert.match(html, /<ul>\n<li>a<\/li>\n<\/ul>\n+<ul>\n<li>b<\/li>\n<\/ul>/)
    assert.match(html, /<p>Use <abbr title="Cascading Style Sheets">CSS<\/abbr>\.<\/p>/)
  })
  it('gives an abbreviation the attributes of the IAL lines around its definition', async () => {
    const { html } = await renderMd('Use CSS.\n\n{:.a}\n*[CSS]: Cascading\n{: #c title="t"}')
    assert.equal(html, '<p>Use <abbr title="Cascading" id="c" class="a">CSS</abbr>.</p>')
  })

  it('puts the footnotes in place of the first list marked {:footnotes}, or drops it without any', async () => {
    const { html } = await renderMd(
      '* here\n{:footnotes}\n\nA[^n].\n\n* b\n{:footnotes}\n\n[^n]: N.',
    )
    assert.match(html, /^<div class="footnotes" role="doc-endnotes"><ol><li id="fn:n">/)
    assert.match(html, /<\/div>\n<p>A<sup id="fnref:n">.*<\/p>\n<ul>\n<li>b<\/li>\n<\/ul>$/)
    assert.equal((await renderMd('* here\n{:footnotes}\n\nA.')).html, '<p>A.</p>')
  })
})

describe('kramdown images', () => {
  it('take their alt text as written between the brackets, less backslash escapes', async () => {
    const { html } = await renderMd('![a *b* \\[c\\] ![d](e.png)](/f.png)')
    assert.match(html, /<img [^>]*alt="a \*b\* \[c\] !\[d\]\(e\.png\)"/)
  })
})

describe('kramdown math', () => {
  it('is inline inside a sentence and display alone, and $$\\begin on the first line does not swallow the rest', async () => {
    const { html } = await renderMd(
      '$$\\begin{align*}\na &= 1\n\\end{align*}$$\n\nText $$x$$ here.\n\n## After',
    )
    assert.match(html, /^<span class="katex-display"/)
    assert.match(html, /<p>Text <span class="katex">/)
    assert.match(html, /<h2 id="after">After/)
  })

  it('typesets an environment only display math allows as display math, also within a sentence', async () => {
    const { html, messages } = await renderMd(
      'So\n$$\\begin{align}\na &= 1 \\\\\nb &= 2\n\\end{align}$$\nwhere $$x$$ is small.',
    )
    assert.match(html, /^<p>So\n<span class="katex-display"[ >]/)
    assert.doesNotMatch(html, /katex-error/)
    assert.match(html, /where <span class="katex">/)
    assert.deepEqual(messages, [])
  })

  it('reads \\$$…$$ as the first line of a paragraph as inline math, elsewhere as text', async () => {
    const doc = await prepare('\\$$x$$\nmore\n\n\\$$y$$ z', {}, { math_engine: null })
    assert.equal(doc.html, '<p><span class="kdmath">$x$</span>\nmore</p>\n<p>$$y$$ z</p>')
  })

  it('keeps the TeX with math_engine: null', async () => {
    const doc = await prepare('a $$x<1$$\n\n$$y$$', {}, { math_engine: null })
    assert.equal(
      doc.html,
      '<p>a <span class="kdmath">$x&#x3C;1$</span></p>\n<div class="kdmath">$$\ny\n$$</div>',
    )
  })

  it("puts a display formula's IAL on a <div> around it, as kramdown does", async () => {
    const { html } = await renderMd('$$x$$\n{: .eq #e1}')
    assert.match(html, /^<div id="e1" class="eq"><span class="katex-display"/)
  })
})

describe('kramdown options', () => {
  it("come from site.yaml's kramdown: block, then the page's front matter", async () => {
    const doc = await prepare(
      'A[^n].\n\n## Part\n\n[^n]: Note.',
      { footnote_nr: 5, auto_id_prefix: 's-' },
      { hard_wrap: true },
    )
    assert.match(doc.html, /<ol start="5"><li id="fn:n">/)
    assert.match(doc.html, /<h2 id="s-part">/)
    const wrapped = await prepare('one\ntwo', {}, { hard_wrap: true })
    assert.equal(wrapped.html, '<p>one<br>\ntwo</p>')
  })

  it('are checked in site.yaml, each bad value at its line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-kramdown-'))
    fs.writeFileSync(
      path.join(dir, 'site.yaml'),
      'nav:\n  - title: About\n    url: /\ntitle: T\ndescription: D\nurl: https://example.org\nauthor:\n  name: A\nkramdown:\n  input: markdown\n  footnote_nr: one\n  toc_levels: 2..3\n',
    )
    const issues = new IssueList()
    assert.equal(loadSiteConfig(dir, issues), undefined)
    assert.deepEqual(
      issues.items.map((i) => formatIssue(i).replace(/^.*site\.yaml/, 'site.yaml')),
      [
        "site.yaml:10:3: kramdown.input: expected GFM (Jekyll's default) or kramdown",
        'site.yaml:11:3: kramdown.footnote_nr: expected a whole number, such as 1',
      ],
    )
  })

  it('take header_offset from site.yaml, checked as a whole number, and from _config.yml', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-kramdown-'))
    fs.writeFileSync(
      path.join(dir, 'site.yaml'),
      'nav:\n  - title: About\n    url: /\ntitle: T\ndescription: D\nurl: https://example.org\nauthor:\n  name: A\nkramdown:\n  header_offset: 1.5\n',
    )
    const issues = new IssueList()
    assert.equal(loadSiteConfig(dir, issues), undefined)
    assert.deepEqual(
      issues.items.map((i) => formatIssue(i).replace(/^.*site\.yaml/, 'site.yaml')),
      ['site.yaml:10:3: kramdown.header_offset: expected a whole number, such as 1'],
    )
    const doc = await prepare('# Title\n\nText', { header_offset: 1 }, {})
    assert.match(doc.html, /^<h2 id="title">Title/)
    assert.deepEqual(kramdownConfig({ header_offset: 1 }), { header_offset: 1 })
  })

  it('take remove_line_breaks_for_cjk from site.yaml, the page and _config.yml', async () => {
    // Only a break between two Han, Hiragana or Katakana characters in one run of text goes.
    const body = '一\n二\nカ\nナ\n、\n。\n*三*\n四\n한\n국\nx\n五'
    const joined = await prepare(body, { remove_line_breaks_for_cjk: true }, {})
    assert.equal(joined.html, '<p>一二カナ\n、\n。\n<em>三</em>\n四\n한\n국\nx\n五</p>')
    const off = await prepare(
      '一\n二',
      { remove_line_breaks_for_cjk: true },
      {
        remove_line_breaks_for_cjk: false,
      },
    )
    assert.equal(off.html, '<p>一\n二</p>')
    // With hard_wrap the break is a <br>, and stays (kramdown's GFM parser makes it first).
    const wrapped = await prepare(
      '一\n二',
      { hard_wrap: true, remove_line_breaks_for_cjk: true },
      {},
    )
    assert.equal(wrapped.html, '<p>一<br>\n二</p>')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-kramdown-'))
    fs.writeFileSync(
      path.join(dir, 'site.yaml'),
      'nav:\n  - title: About\n    url: /\ntitle: T\ndescription: D\nurl: https://example.org\nauthor:\n  name: A\nkramdown:\n  remove_line_breaks_for_cjk: yes please\n',
    )
    const issues = new IssueList()
    assert.equal(loadSiteConfig(dir, issues), undefined)
    assert.deepEqual(
      issues.items.map((i) => formatIssue(i).replace(/^.*site\.yaml/, 'site.yaml')),
      ['site.yaml:10:3: kramdown.remove_line_breaks_for_cjk: expected true or false'],
    )
    assert.deepEqual(kramdownConfig({ remove_line_breaks_for_cjk: true }), {
      remove_line_breaks_for_cjk: true,
    })
  })

  it('take html_to_native from site.yaml, the page, {::options} and _config.yml', async () => {
    // HTML elements become Markdown's own: `<b>`, `<i>` (unless their text starts or ends with
    // white space), a `<code>`'s text, a `<pre>` as a code block; a `<p>`'s line goes on in it.
    const body =
      'a <b>x</b> <i>y</i> <i> z</i> <code>c <b>d</b></code>\n\n<pre><b>e</b></pre>\n\n<p>f</p> g'
    const native = await prepare(body, { html_to_native: true }, {})
    assert.equal(
      native.html.replace(/<div class="code-block">.*?<\/div>/s, 'CODE'),
      '<p>a <strong>x</strong> <em>y</em> <i> z</i> <code>c d</code></p>\nCODE\n<p>f g</p>',
    )
    assert.match(native.html, /<pre[^>]*><code><span class="line"><span>e<\/span><\/span><\/code>/)
    const off = await prepare(body, { html_to_native: true }, { html_to_native: false })
    assert.equal(
      off.html,
      '<p>a <b>x</b> <i>y</i> <i> z</i> <code>c <b>d</b></code></p>\n<pre tabindex="0"><b>e</b></pre>\n<p>f</p>\n<p>g</p>',
    )
    const line = await prepare('{::options html_to_native="true" /}\n\n<b>x</b>', {}, {})
    assert.equal(line.html, '<p><strong>x</strong></p>')
    assert.deepEqual(kramdownConfig({ html_to_native: true }), { html_to_native: true })
  })

  it('honour gfm_quirks no_auto_typographic and typographic_symbols, checked in site.yaml', async () => {
    const plain = await prepare(
      '"A" -- B... <<C>>',
      { gfm_quirks: 'paragraph_end,no_auto_typographic' },
      {},
    )
    assert.equal(plain.html, '<p>“A” -- B... &#x3C;<c>></c></p>')
    const own = await prepare(
      'A -- B --- C... << D >>',
      {},
      { typographic_symbols: { mdash: '---', laquo_space: '<<' } },
    )
    assert.equal(own.html, '<p>A – B --- C… &#x3C;&#x3C;D\u00a0»</p>')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-kramdown-'))
    fs.writeFileSync(
      path.join(dir, 'site.yaml'),
      'nav:\n  - title: About\n    url: /\ntitle: T\ndescription: D\nurl: https://example.org\nauthor:\n  name: A\nkramdown:\n  gfm_quirks: [typographic]\n  typographic_symbols:\n    emdash: x\n',
    )
    const issues = new IssueList()
    assert.equal(loadSiteConfig(dir, issues), undefined)
    assert.deepEqual(
      issues.items.map((i) => formatIssue(i).replace(/^.*site\.yaml/, 'site.yaml')),
      [
        'site.yaml:10:3: kramdown.gfm_quirks: expected a list of GFM quirks: paragraph_end, no_auto_typographic',
        'site.yaml:12:5: kramdown.typographic_symbols: expected a map from hellip, mdash, ndash, laquo, raquo, laquo_space, raquo_space to text',
      ],
    )
  })

  it("are imported from _config.yml's kramdown: block, keeping those that change the output", () => {
    assert.deepEqual(
      kramdownConfig({
        input: 'GFM',
        parse_block_html: true,
        syntax_highlighter: 'rouge',
        toc_levels: '2..3',
      }),
      {
        input: 'GFM',
        parse_block_html: true,
        toc_levels: '2..3',
      },
    )
    assert.equal(kramdownConfig({ syntax_highlighter: 'rouge' }), undefined)
  })

  it('are part of the document cache key', async () => {
    process.env.GIBSONIC_CACHE_DIR = fs.mkdtempSync(
      path.join(os.tmpdir(), 'gibsonic-kramdown-cache-'),
    )
    try {
      const a = await prepare('A[^n].\n\n[^n]: N.', {}, { footnote_nr: 2 })
      const b = await prepare('A[^n].\n\n[^n]: N.', {}, { footnote_nr: 3 })
      assert.match(a.html, /start="2"/)
      assert.match(b.html, /start="3"/)
    } finally {
      delete process.env.GIBSONIC_CACHE_DIR
    }
  })
})

/** A page body prepared as the loader prepares it, with site.yaml's and the page's kramdown options. */
async function prepare(body: string, site: Record<string, unknown>, page: Record<string, unknown>) {
  const issues = new IssueList()
  const liquid = {
    site: { kramdown: site },
    page: { url: '/p/', kramdown: page },
    siteUrl: 'https://x.org',
    basePath: '',
  }
  const doc = await prepareDocument('content/pages/p.md', body, 1, liquid, issues)
  assert.equal(doc.format, 'md')
  const html = doc.format === 'md' ? toHtml(await documentHast(doc)).trim() : ''
  return { html, issues: issues.items.map(formatIssue) }
}
