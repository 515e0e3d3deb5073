import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseAttributeList } from '@/lib/markdown/kramdown'
import { renderMd } from './helpers'

describe('kramdown attribute lists', () => {
  it("parses ids, classes, quoted values and names as kramdown's grammar does", () => {
    // kramdown skips a part that fits no rule (an unquoted value); a bare word names a definition.
    assert.deepEqual(
      parseAttributeList('#top .a.b style="float: left" data-x=\'1\' width=200 wide'),
      {
        id: 'top',
        className: ['a', 'b'],
        other: { style: 'float: left', 'data-x': '1' },
        refs: ['wide'],
      },
    )
    assert.equal(parseAttributeList('=== -- ='), undefined)
  })

  it('applies a span IAL to the image before it (the About page picture)', async () => {
    const { html } = await renderMd(
      '![picture](/assets/pg_profile.jpg){: style="float: left; margin-right: 1em;"}',
    )
    // The attributes stay on the <img>; the <picture> around it only adds AVIF and WebP sources.
    assert.match(
      html,
      /^<p><picture><source type="image\/avif" [^>]+><source type="image\/webp" [^>]+><img src="\/assets\/pg_profile\.jpg" alt="picture" style="float: left; margin-right: 1em;" loading="eager" fetchpriority="high" decoding="async" width="320" height="320"><\/picture><\/p>$/,
    )
  })

  it('applies a span IAL to a link, without the space after the colon too', async () => {
    const { html } = await renderMd(
      'See [docs](https://example.org){:.external target="_blank"} now.',
    )
    assert.equal(
      html,
      '<p>See <a href="https://example.org" class="external" target="_blank" rel="noopener noreferrer">docs<span class="visually-hidden" data-pagefind-ignore=""> (external link)</span></a> now.</p>',
    )
  })

  it('applies span IALs written one after another all to the element before them', async () => {
    const { html } = await renderMd("A `span`{: .a #x}{: .b key='v'} here.")
    assert.equal(html, '<p>A <code id="x" class="a b" key="v">span</code> here.</p>')
  })

  it('applies a block IAL on the line after a paragraph to that paragraph', async () => {
    const { html } = await renderMd('A notice.\n{: .notice #n1}')
    assert.equal(html, '<p id="n1" class="notice">A notice.</p>')
  })

  it('applies an IAL line to the block right above it, else to the block right below it', async () => {
    const { html } = await renderMd('| a |\n| - |\n| 1 |\n{: .wide}')
    assert.match(html, /^<table class="wide" tabindex="0">/)
    assert.equal(
      (await renderMd('> quote\n{: #q}\n\n{: .next}\n* item')).html,
      '<blockquote id="q">\n<p>quote</p>\n</blockquote>\n<ul class="next">\n<li>item</li>\n</ul>',
    )
  })

  it('reports an IAL line with a blank line on both sides, which kramdown drops', async () => {
    const { html, messages } = await renderMd('para\n\n{: .wide}\n\nnext')
    assert.equal(html, '<p>para</p>\n<p>next</p>')
    assert.deepEqual(messages, [
      '3:1: warning: attribute list "{: .wide}" applies to no block (expected right below or right above one, without a blank line between)',
    ])
  })

  it('resolves attribute list definitions that IALs name, defined anywhere', async () => {
    assert.equal(
      (await renderMd('{: note #n}\nText.\n\n{:note: .notice data-kind="tip"}')).html,
      '<p id="n" class="notice" data-kind="tip">Text.</p>',
    )
  })

  it('applies heading IALs and the {#id} shorthand, which win over generated ids', async () => {
    assert.equal(
      (await renderMd('## Results {#results}')).html,
      '<h2 id="results">Results<a class="heading-anchor" aria-label="Link to the section “Results”" href="#results">#</a></h2>',
    )
    assert.match(
      (await renderMd('## Intro\n\n### Setup {: .step}')).html,
      /<h3 class="step" id="setup">Setup<a /,
    )
  })

  it('leaves braces that are not attribute lists alone', async () => {
    assert.equal(
      (await renderMd('A set {a, b} and {: not=valid"}')).html,
      '<p>A set {a, b} and {: not=valid”}</p>',
    )
  })

  it('refuses event-handler attributes', async () => {
    const { html, messages } = await renderMd('![x](/assets/pg_profile.jpg){: onerror="alert(1)"}')
    assert.doesNotMatch(html, /onerror/)
    assert.deepEqual(messages, [
      '1:29: error: event handler attribute "onerror" in an attribute list is not allowed (expected plain attributes such as style or class)',
    ])
  })

  it('makes a paragraph that is only a standalone image a figure captioned with the alt', async () => {
    const { html } = await renderMd(
      '![A cat](https://example.org/cat.jpg){: #c .wide standalone}\n\n![B](https://example.org/b.jpg){: standalone}\n{: .outer}\n\nText ![C](https://example.org/c.jpg){: standalone}',
    )
    assert.equal(
      html,
      '<figure id="c" class="wide"><img src="https://example.org/cat.jpg" alt="A cat" loading="eager" fetchpriority="high" decoding="async"><figcaption>A cat</figcaption></figure>\n' +
        '<figure class="outer"><img src="https://example.org/b.jpg" alt="B" loading="lazy" decoding="async"><figcaption>B</figcaption></figure>\n' +
        '<p>Text <img src="https://example.org/c.jpg" alt="C" loading="lazy" decoding="async"></p>',
    )
  })

  it("puts a block IAL's attributes into a raw HTML block's start tag, escaped", async () => {
    const { html } = await renderMd(
      '{:.note title=\'a "b"><x>\'}\n<div class="box" id="old">\ntext\n</div>\n{:#new}',
    )
    assert.equal(html, '<div class="box note" id="new" title="a &#x22;b&#x22;><x>">\ntext\n</div>')
    const { html: safe, messages } = await renderMd('<div>\ntext\n</div>\n{: onclick="x()"}')
    assert.equal(safe, '<div>\ntext\n</div>')
    assert.equal(messages.length, 1)
  })
})

describe('Markdown pipeline', () => {
  it("gives headings kramdown's GFM ids and an anchor link named for screen readers", async () => {
    // kramdown makes the id from the typeset text: `--` becomes an en dash, dropped like any
    // punctuation (Jekyll 4.3: `why-tvm--now`, then `why-tvm--now-1`).
    const { html } = await renderMd('## Why `tvm` -- now?\n\n## Why `tvm` -- now?')
    assert.match(html, /<h2 id="why-tvm--now">/)
    assert.match(html, /<h2 id="why-tvm--now-1">/)
    assert.match(html, /aria-label="Link to the section “Why tvm – now\?”" href="#why-tvm--now"/)
  })

  it('keeps raw HTML such as <br> and <img> with attributes', async () => {
    const { html } = await renderMd(
      'one<br>\ntwo <img src="https://x.org/a.png" width="10" alt="a">',
    )
    assert.equal(
      html,
      '<p>one<br>\ntwo <img src="https://x.org/a.png" width="10" alt="a" loading="eager" fetchpriority="high" decoding="async"></p>',
    )
  })

  it('renders GFM tables, task lists and strikethrough', async () => {
    const { html } = await renderMd('- [x] done\n- [ ] todo\n\n~~old~~')
    assert.match(
      html,
      /<ul class="contains-task-list task-list">\n<li class="task-list-item"><label><input type="checkbox" checked disabled class="task-list-item-checkbox">/,
    )
    assert.match(html, /<del>old<\/del>/)
  })

  it('makes code blocks and tables keyboard-focusable, since they scroll sideways', async () => {
    const { html } = await renderMd('```\ncode\n```\n\n| a |\n| - |\n| 1 |')
    assert.match(html, /<pre class="shiki[^"]*"[^>]* tabindex="0"><code>/)
    assert.match(html, /<table tabindex="0">/)
  })

  it('keeps <!--more--> only as a comment (React renders no comments)', async () => {
    assert.equal(
      (await renderMd('Intro\n\n<!--more-->\n\nRest')).html,
      '<p>Intro</p>\n<!--more-->\n<p>Rest</p>',
    )
  })

  it('gives site paths a trailing slash and the base path; leaves other URLs alone', async () => {
    const { html } = await renderMd(
      '[a](/oss) [b](/posts/#x) [c](https://x.org/y) [d](#top) ![e](/assets/pg_profile.jpg) <a href="/publications">f</a>',
      '/site',
    )
    assert.equal(
      html.replace(/<source [^>]+>/g, ''),
      '<p><a href="/site/oss/">a</a> <a href="/site/posts/#x">b</a> <a href="https://x.org/y" class="external">c<span class="visually-hidden" data-pagefind-ignore=""> (external link)</span></a> <a href="#top">d</a> <picture><img src="/site/assets/pg_profile.jpg" alt="e" loading="eager" fetchpriority="high" decoding="async" width="320" height="320"></picture> <a href="/site/publications/">f</a></p>',
    )
    assert.match(html, /srcset="\/site\/_img\/[0-9a-f]{16}-320\.avif 320w"/)
  })

  it('resolves relative URLs against the page, so they work wherever the HTML is shown', async () => {
    const { html } = await renderMd(
      '![d](diagram.svg) [next](../b/#top) [same](#x)',
      '/site',
      '/blog/2026/a/',
    )
    assert.equal(
      html,
      '<p><img src="/site/blog/2026/a/diagram.svg" alt="d" loading="eager" fetchpriority="high" decoding="async"> <a href="/site/blog/2026/b/#top">next</a> <a href="#x">same</a></p>',
    )
  })

  it("reports the seed's malformed nested link by name and position", async () => {
    const { messages } = await renderMd(
      'x\n\nposts under [/Posts]([/Publications](/posts)), and more',
    )
    assert.deepEqual(messages, [
      '3:13: warning: malformed link "/Posts": its destination "[/Publications](/posts)" contains Markdown link syntax (expected one URL, e.g. [/Posts](/path/))',
    ])
  })

  it('refuses javascript: links', async () => {
    const { messages } = await renderMd('[x](javascript:alert(1))')
    assert.equal(messages.length, 1)
    assert.match(messages[0]!, /^1:1: error: link "x" uses a script or data URL/)
  })
})
