import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { checkLinks, formatBrokenLink, linksAndIds } from '../../scripts/output/links'
import {
  inlineScriptHashes,
  withContentSecurityPolicy,
  withPolicyAndLinks,
} from '../../scripts/output/csp'
import { elements, parseHtml } from '../../scripts/output/html'
import { HtmlElement, HtmlValidate } from 'html-validate'
import { installLinearElementSearch } from '../../scripts/output/linear-elements.mjs'
import { validatePages } from '../../scripts/output/validate'

const dirs: string[] = []
after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

/** A small export in a temporary folder: `{ 'posts/index.html': '<html>...' }`. */
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-check-'))
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`

describe('the link check of an export', () => {
  const files = {
    'index.html': page(
      [
        '<a href="/posts/">posts</a><a href="/posts">no slash</a><a href="posts/#intro">fragment</a>',
        '<a href="#here" id="here">same page</a><a href="#top">top</a><a href="https://example.org/x">out</a>',
        '<img src="/a.png" srcset="/a.png 1x, /a@2x.png 2x" alt=""><a href="/feed.xml">feed</a><a href="mailto:a@b.c">m</a>',
      ].join(''),
    ),
    'posts/index.html': page(
      '<h2 id="intro">Intro</h2><a name="old">old anchor</a><a href="../#here">back</a><a href="/#old">x</a>',
    ),
    'a.png': 'png',
    'a@2x.png': 'png',
    'feed.xml': '<feed/>',
  }

  it('accepts pages, folders without their slash, files, fragments, srcset and external URLs', () => {
    const result = checkLinks(site(files), '')
    assert.deepEqual(result.broken.map(formatBrokenLink), [
      // The one mistake in this export: the anchor named "old" is on posts/, not the home page.
      'posts/index.html:1:169: broken link "/#old": index.html has no element with id "old"',
    ])
    assert.equal(result.pages, 2)
    assert.deepEqual([...result.external.keys()], ['https://example.org/x'])
  })

  it('names the page and link for a missing page, asset, fragment and srcset candidate', () => {
    const dir = site({
      ...files,
      'posts/index.html': page(
        '<a href="/missing/">page</a><img src="/gone.png" alt=""><a href="/#nowhere">frag</a>' +
          '<img src="/a.png" srcset="/a.png 1x, /a@3x.png 3x" alt=""><a href="javascript:alert(1)">js</a>',
      ),
    })
    const problems = checkLinks(dir, '').broken.map((b) => `${b.page} ${b.url}: ${b.problem}`)
    assert.deepEqual(problems, [
      // The home page's link to #intro broke with it.
      'index.html posts/#intro: posts/index.html has no element with id "intro"',
      'posts/index.html /missing/: no such file in the export (looked for missing/index.html)',
      'posts/index.html /gone.png: no such file in the export (looked for gone.png and gone.png/index.html)',
      'posts/index.html /#nowhere: index.html has no element with id "nowhere"',
      'posts/index.html /a@3x.png: no such file in the export (looked for a@3x.png and a@3x.png/index.html)',
      'posts/index.html javascript:alert(1): a script URL (expected a page, a file or an http(s) address)',
    ])
  })

  it('resolves URLs under the base path and refuses those outside it', () => {
    const dir = site({
      'index.html': page('<a href="/site/posts/">in</a><a href="/posts/">outside</a>'),
      'posts/index.html': page(''),
    })
    assert.deepEqual(
      checkLinks(dir, '/site').broken.map((b) => `${b.url}: ${b.problem}`),
      ["/posts/: outside the site's base path /site/"],
    )
  })
})

describe('the hash-based Content-Security-Policy', () => {
  const html =
    '<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="old">' +
    '<script src="/a.js" defer></script></head><body><script>self.x=1</script>' +
    '<script type="application/ld+json">{"a":1}</script><script type="module">go()</script></body></html>'
  const sha = (s: string) => createHash('sha256').update(s).digest('base64')

  it('hashes exactly the inline scripts that run, not data blocks or external scripts', () => {
    assert.deepEqual(inlineScriptHashes(html), [sha('self.x=1'), sha('go()')])
  })

  it('replaces any old policy with one right after <meta charset>, listing the hashes', () => {
    const out = withContentSecurityPolicy(html)
    const hashes = [sha('self.x=1'), sha('go()')].sort().map((h) => `'sha256-${h}'`)
    assert.ok(
      out.startsWith(
        `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}; `,
      ),
      out.slice(0, 300),
    )
    assert.equal(out.match(/Content-Security-Policy/g)?.length, 1)
    assert.equal(withContentSecurityPolicy(out), out, 'running it twice changes nothing')
  })

  it('reads the links and ids of the page it writes, where a parse of that page finds them', () => {
    const pages = [
      // Links on the policy's own line, before and after it, and on later lines.
      '<!DOCTYPE html><html><head><link rel="icon" href="/i.svg"><meta charset="utf-8"><link rel="stylesheet" href="/s.css"></head>' +
        '<body><a href="/x/" id="a">x</a>\n<p>text</p><img src="/p.png" srcset="/p.png 1x, /q.png 2x" alt="">\n  <a name="n" href="#a">a</a></body></html>',
      // No <meta charset>: the policy goes after <head>.
      '<!DOCTYPE html><html>\n<head><title>t</title><link rel="alternate" href="/feed.xml"></head>\n<body><a href="/">home</a></body></html>',
      // An old policy is removed first, so the positions are those of a second parse.
      html,
    ]
    for (const page of pages) {
      const result = withPolicyAndLinks(page)
      assert.equal(result.html, withContentSecurityPolicy(page))
      assert.deepEqual(result.links, linksAndIds(elements(parseHtml(result.html))))
      assert.ok(result.links.refs.length > 0)
      // With elements added after the policy.
      const added = withPolicyAndLinks(
        page,
        {},
        {
          cut: [],
          headExtra: () =>
            '<link rel="preload" href="/f.woff2" as="font"/><link rel="next" href="/n/">',
        },
      )
      assert.deepEqual(added.links, linksAndIds(elements(parseHtml(added.html))))
      assert.ok(added.links.refs.some((r) => r.url === '/n/'))
    }
    const first = withPolicyAndLinks(pages[0]!).links
    assert.deepEqual(first.ids, ['a', 'n'])
    assert.equal(first.refs.find((r) => r.url === '/s.css')?.at.split(':')[0], '1')
  })
})

describe('HTML validation of an export', () => {
  it('passes a valid page and names page:line:col and rule for an invalid one', async () => {
    const dir = site({
      'index.html': page('<p>fine</p>'),
      'bad/index.html': page('<p>\n<div id="x"></div><div id="x"></div></p>'),
    })
    const { errors, pages } = await validatePages(dir)
    assert.equal(pages, 2)
    assert.ok(errors.length > 0)
    assert.ok(
      errors.every((e) => e.startsWith('bad/index.html:')),
      errors.join('\n'),
    )
    assert.ok(
      errors.some((e) => /^bad\/index\.html:2:\d+: .*\(no-dup-id\)$/.test(e)),
      errors.join('\n'),
    )
  })

  it('splits a large site across worker threads and reports in page order', async () => {
    const files: Record<string, string> = {}
    // Each page its own (identical pages would share one entry of the cache of valid pages), in
    // a cache of this test's own (tests/unit/setup.ts): every run validates all of them again.
    for (let i = 0; i < 400; i++)
      files[`p/${String(i).padStart(3, '0')}/index.html`] = page(`<p>ok ${i}</p>`)
    files['p/150/index.html'] = page('<p><div></div></p>')
    files['p/399/index.html'] = page('<b id="a"></b><b id="a"></b>')
    const { errors, pages, validated } = await validatePages(site(files))
    assert.equal(pages, 400)
    assert.equal(validated, 400, 'every page went through the workers')
    assert.deepEqual(
      errors.map((e) => e.replace(/:.*\((.+)\)$/, ' $1')),
      ['p/150/index.html close-order', 'p/399/index.html no-dup-id'],
    )
  })

  it('validates a page of many paragraphs with the errors html-validate finds', async () => {
    // 6,000 paragraphs under one element, through the workers and their element search. How long
    // it takes is measured by `npm run bench -- --big-post`, not here: a timed test fails on a
    // busy machine.
    const body = Array.from(
      { length: 6000 },
      (_, i) => `<p><a href="#p${i}">x</a> <img src="a.png" alt=""></p>`,
    ).join('\n')
    const html = page(`<main>${body}<b id="a"></b><b id="a"></b></main>`)
    const { errors } = await validatePages(site({ 'index.html': html }))
    assert.deepEqual(
      errors.map((e) => e.replace(/^index\.html:(\d+):\d+: .*\((.+)\)$/, '$1 $2')),
      ['6000 no-dup-id'],
    )
  })

  it('searches elements as html-validate does: the same ones, in document order', () => {
    // A tree of the shape html-validate's elements have, searched by its own method, then by ours.
    class Node {
      constructor(
        readonly tag: string,
        readonly childElements: Node[] = [],
      ) {}
      is(tagName: string) {
        return tagName === '*' || this.tag === tagName
      }
      getElementsByTagName(tagName: string): Node[] {
        return (
          HtmlElement.prototype.getElementsByTagName as unknown as (t: string) => Node[]
        ).call(this, tagName)
      }
    }
    const tree = new Node('body', [
      new Node('a', [new Node('b'), new Node('a', [new Node('a')])]),
      new Node('p', [new Node('a'), new Node('b')]),
      new Node('a'),
    ])
    const theirs = ['a', 'b', '*'].map((t) => tree.getElementsByTagName(t))
    assert.ok(installLinearElementSearch(Node))
    const ours = ['a', 'b', '*'].map((t) => tree.getElementsByTagName(t))
    assert.deepEqual(ours, theirs)
    assert.equal(theirs[2]!.length, 8)
    // What the worker patches is the library's element class.
    assert.equal(typeof HtmlValidate, 'function')
  })
})

describe("the checks' HTML parse (parseHtml)", () => {
  const html =
    '<!DOCTYPE html><html lang="en"><head><title>T</title></head>\n<body><p class="a" id="b">one <em>two</em></p><!-- note --></body></html>'
  const doc = parseHtml(html)

  it("keeps each element's span and its start tag's, exactly as parse5 gives them", () => {
    const p = [...elements(doc)].find((el) => el.tagName === 'p')!
    const loc = p.sourceCodeLocation!
    assert.equal(
      html.slice(loc.startOffset, loc.endOffset),
      '<p class="a" id="b">one <em>two</em></p>',
    )
    assert.deepEqual([loc.startLine, loc.startCol, loc.endLine, loc.endCol], [2, 7, 2, 47])
    assert.equal(
      html.slice(loc.startTag!.startOffset, loc.startTag!.endOffset),
      '<p class="a" id="b">',
    )
    const body = [...elements(doc)].find((el) => el.tagName === 'body')!
    const comment = body.childNodes.at(-1)!
    assert.equal(
      html.slice(comment.sourceCodeLocation!.startOffset, comment.sourceCodeLocation!.endOffset),
      '<!-- note -->',
    )
  })

  it('keeps no positions for text or attributes, which nothing reads (a large page costs a third less)', () => {
    const p = [...elements(doc)].find((el) => el.tagName === 'p')!
    assert.equal(p.childNodes[0]!.nodeName, '#text')
    assert.equal(p.childNodes[0]!.sourceCodeLocation, undefined)
    assert.equal(p.sourceCodeLocation!.attrs, undefined)
    assert.equal(p.sourceCodeLocation!.endTag, undefined)
  })
})
