import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { VFile } from 'vfile'
import { checkMdx } from '@/lib/markdown/mdx'
import { renderMd, renderMdx } from './helpers'

describe('code blocks', () => {
  it('highlights at build time with both themes as CSS variables', async () => {
    const { html } = await renderMd('```ts\nconst a = 1\n```')
    assert.match(html, /<pre class="shiki[^"]*"/)
    assert.match(
      html,
      /<span style="--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}">const<\/span>/,
    )
  })

  it('marks highlighted lines and shows a title above the block', async () => {
    const { html } = await renderMd('```py title="model.py" {2}\na = 1\nb = 2\n```')
    assert.match(
      html,
      /^<figure class="code-block"><figcaption class="code-title">model\.py<\/figcaption><pre/,
    )
    const lines = [...html.matchAll(/<span class="line( highlighted)?">/g)].map((m) => !!m[1])
    assert.deepEqual(lines, [false, true])
  })

  it('shows an unknown language as plain text with a warning', async () => {
    const { html, messages } = await renderMd('x\n\n```klingon\nqapla\n```')
    assert.match(
      html,
      /<div class="code-block"><pre class="shiki[^>]*><code><span class="line"><span>qapla<\/span><\/span><\/code><\/pre><\/div>/,
    )
    assert.equal(messages.length, 1)
    assert.match(
      messages[0]!,
      /^3:1: warning: unknown code language "klingon", shown as plain text/,
    )
  })
})

describe('math', () => {
  it('renders inline and display math to KaTeX HTML with MathML', async () => {
    const { html } = await renderMd('Inline $x^2$.\n\n$$\n\\frac{a}{b}\n$$')
    assert.match(html, /<p>Inline <span class="katex"><span class="katex-mathml"><math/)
    assert.match(html, /<span class="katex-display" tabindex="0"><span class="katex">/)
  })

  it('warns about invalid TeX at its line and still renders the page', async () => {
    const { html, messages } = await renderMd('a\n\n$\\nosuchmacro$')
    assert.match(html, /color:#cc0000/)
    assert.deepEqual(messages, [
      '3:1: warning: invalid math: Undefined control sequence: \\nosuchmacro (expected TeX that KaTeX supports)',
    ])
  })

  it('leaves dollar amounts in prose alone', async () => {
    const { html } = await renderMd('It costs $5 and $10, or $ 3 $.')
    assert.equal(html, '<p>It costs $5 and $10, or $ 3 $.</p>')
  })
})

describe('GFM extras', () => {
  it("renders footnotes in kramdown's markup with a way back, and labels task-list checkboxes", async () => {
    const { html } = await renderMd('Claim.[^1]\n\n- [x] done\n\n[^1]: Source.')
    assert.match(
      html,
      /<sup id="fnref:1"><a href="#fn:1" class="footnote" rel="footnote" role="doc-noteref">1<\/a><\/sup>/,
    )
    assert.match(html, /<div class="footnotes" role="doc-endnotes"><ol><li id="fn:1">/)
    assert.match(
      html,
      /<a href="#fnref:1" class="reversefootnote" role="doc-backlink" aria-label="Back to reference 1">↩<\/a>/,
    )
    assert.match(
      html,
      /<label><input type="checkbox" checked disabled class="task-list-item-checkbox"> done<\/label>/,
    )
  })
})

describe('images', () => {
  it('gets its size from the file, and a titled image becomes a figure (a document that opens with it loads it at once)', async () => {
    const { html } = await renderMd('![A face](/assets/pg_profile.jpg "The caption")')
    assert.equal(
      html.replace(/<source [^>]+>/g, ''),
      '<figure><picture><img src="/assets/pg_profile.jpg" alt="A face" loading="eager" fetchpriority="high" decoding="async" width="320" height="320"></picture><figcaption>The caption</figcaption></figure>',
    )
  })

  it('keeps an untitled or inline image an <img>', async () => {
    const { html } = await renderMd('Text ![i](/assets/pg_profile.jpg "t") text')
    assert.match(
      html,
      /^<p>Text <picture>(<source [^>]+>){2}<img [^>]*title="t"[^>]*><\/picture> text<\/p>$/,
    )
  })

  it('reports a missing image at its position', async () => {
    const { messages } = await renderMd('a\n\nSee ![x](/assets/missing.png)')
    assert.deepEqual(messages, [
      '3:5: error: image /assets/missing.png does not exist (expected a file under public/)',
    ])
  })

  it('measures an image next to the document', async () => {
    const file = new VFile({
      path: 'tests/fixtures/public/assets/post.md',
      value: '![p](pg_profile.jpg)',
    })
    const { markdownToHast } = await import('@/lib/markdown/markdown')
    const hast = JSON.stringify(await markdownToHast(file, ''))
    assert.match(hast, /"width":320,"height":320/)
    assert.deepEqual(file.messages, [])
  })
})

describe('MDX rendering', () => {
  it('gets the same code, math, figures and footnotes as Markdown', async () => {
    const source =
      '```rust title="main.rs" {1}\nfn main() {}\n```\n\n$x^2$\n\n![f](/assets/pg_profile.jpg "Cap")\n\nA[^1]\n\n[^1]: B\n'
    const html = await renderMdx(source, '/post/')
    assert.match(html, /<figcaption class="code-title">main\.rs<\/figcaption>/)
    assert.match(html, /<span class="line highlighted">/)
    assert.match(html, /style="--shiki-light:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}"/)
    assert.match(html, /<span class="katex">/)
    assert.match(
      html,
      /<figure><picture>(<source [^>]+\/>){2}<img [^>]*width="320" height="320"\/><\/picture><figcaption>Cap<\/figcaption><\/figure>/,
    )
    assert.match(html, /data-footnote-backref/)
  })

  it('reports a missing image in MDX at check time', async () => {
    const file = new VFile({ path: 'post.mdx', value: 'a\n\n![x](/nope.png)\n' })
    await checkMdx(file, '')
    assert.deepEqual(
      file.messages.map((m) => `${m.line}:${m.column}: ${m.reason}`),
      ['3:1: image /nope.png does not exist (expected a file under public/)'],
    )
  })
})
