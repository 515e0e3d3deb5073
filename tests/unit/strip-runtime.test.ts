import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { withContentSecurityPolicy } from '@/scripts/output/csp'
import { finishExport } from '@/scripts/output/finish-pages'
import { stripRuntime } from '@/scripts/strip-runtime'

/** A page shaped like Next.js 16's export (Turbopack), with the site's own scripts around it. */
function page(prefix = '', body = '<p>Hello<!-- --> <!-- -->world</p>'): string {
  const next = `${prefix}/_next/static/chunks`
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    `<link rel="stylesheet" href="${next}/site.css" data-precedence="next"/>`,
    `<link rel="preload" href="${prefix}/fonts/body.woff2" as="font" type="font/woff2" crossorigin=""/>`,
    `<link rel="preload" as="script" fetchPriority="low" href="${next}/webpack.js"/>`,
    `<link rel="modulepreload" href="${next}/module.js"/>`,
    `<script src="${next}/main.js" async=""></script>`,
    `<script>document.documentElement.dataset.theme=localStorage.theme||"auto"</script>`,
    `<script src="${prefix}/copy.js" async=""></script>`,
    `<script src="${prefix}/theme.js" defer=""></script>`,
    `<script src="${next}/polyfills.js" noModule=""></script>`,
    '</head><body><div hidden=""><!--$--><!--/$--></div>',
    `<main>${body}<!--$--><!--/$--></main>`,
    '<script type="application/ld+json">{"@type":"Person","name":"A & B"}</script>',
    `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>`,
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
    '</body></html>',
  ].join('')
}

const stripped = (prefix = '') =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    `<link rel="stylesheet" href="${prefix}/_next/static/chunks/site.css" data-precedence="next"/>`,
    `<link rel="preload" href="${prefix}/fonts/body.woff2" as="font" type="font/woff2" crossorigin=""/>`,
    `<script>document.documentElement.dataset.theme=localStorage.theme||"auto"</script>`,
    `<script src="${prefix}/copy.js" async=""></script>`,
    `<script src="${prefix}/theme.js" defer=""></script>`,
    '</head><body>',
    '<main><p>Hello world</p></main>',
    '<script type="application/ld+json">{"@type":"Person","name":"A & B"}</script>',
    '</body></html>',
  ].join('')

describe('stripping the framework runtime', () => {
  it('removes exactly what Next.js emits for the client and keeps everything else byte for byte', () => {
    const result = stripRuntime(page(), '')
    assert.equal(result.html, stripped())
    assert.equal(result.hydrated, false)
    assert.equal(result.removed, 12)
  })

  it('under a base path, removes the runtime under <basePath>/_next/ only', () => {
    assert.equal(stripRuntime(page('/site'), '/site').html, stripped('/site'))
    // A file the author put at /_next/ is not Next.js's when the site lives under /site/.
    const foreign = '<html><head><script src="/_next/mine.js"></script></head><body></body></html>'
    assert.equal(stripRuntime(foreign, '/site').html, foreign)
  })

  it('leaves a page with an interactive component exactly as it was', () => {
    const html = page('', '<div class="tabs" data-hydrate=""><p>Panel</p></div>')
    const result = stripRuntime(html, '')
    assert.equal(result.hydrated, true)
    assert.equal(result.removed, 0)
    assert.equal(result.html, html)
  })

  it('is idempotent', () => {
    const once = stripRuntime(page(), '').html
    assert.deepEqual(stripRuntime(once, ''), { html: once, hydrated: false, removed: 0 })
  })

  it('keeps a hidden element that holds content, and comments that are not React markers', () => {
    const body =
      '<div hidden="">Secret</div><div hidden=""></div><!-- author note --><details><p>x</p></details>'
    assert.match(
      stripRuntime(page('', body), '').html,
      /<main><div hidden="">Secret<\/div><div hidden=""><\/div><!-- author note --><details>/,
    )
  })

  it('refuses a page whose content React would stream in on the client', () => {
    const pending = page('', '<!--$?--><template id="B:0"></template><p>Loading</p><!--/$-->')
    assert.throws(
      () => stripRuntime(pending, '', 'posts/index.html'),
      /posts\/index\.html: content streamed by React/,
    )
    const moved = page('', '<script>$RC=function(b,c){}</script>')
    assert.throws(
      () => stripRuntime(moved, ''),
      /content streamed by React needs the runtime \(\$RC=\)/,
    )
  })

  for (const pagesPerWorker of [Infinity, 1])
    it(`finishes every page of an export (${pagesPerWorker === 1 ? 'in worker threads' : 'in this thread'})`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strip-'))
      const interactive = page('', '<div data-hydrate="">x</div>')
      const redirect =
        '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; url=/"/></head></html>'
      // Past LARGE_PAGE_BYTES: finished on a worker of its own, with a link for the output checks.
      const long = `<p><a href="/posts/">Posts</a>${'x'.repeat(4 * 1024 * 1024)}</p>`
      const files: Record<string, string> = {
        'index.html': page(),
        'long/index.html': page('', long),
        'posts/index.html': page(),
        'tabs/index.html': interactive,
        'old.html': redirect,
        'index.txt': '0:["$","html"]',
        '_next/static/chunks/x.html': page(),
      }
      for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
        fs.writeFileSync(path.join(dir, name), text)
      }
      const summary = await finishExport(dir, { basePath: '' }, { pagesPerWorker })
      assert.deepEqual(
        { pages: summary.pages, stripped: summary.stripped, hydrated: summary.hydrated },
        { pages: 5, stripped: 3, hydrated: ['tabs/index.html'] },
      )
      const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8')
      const csp = withContentSecurityPolicy
      const finishedLong = csp(stripped().replace('<p>Hello world</p>', long))
      assert.equal(read('long/index.html'), finishedLong)
      assert.deepEqual(
        summary.links
          .get(createHash('sha256').update(finishedLong).digest('hex'))
          ?.refs.filter((r) => r.url === '/posts/').length,
        1,
      )
      assert.equal(read('index.html'), csp(stripped()))
      assert.equal(read('posts/index.html'), csp(stripped()))
      assert.equal(read('tabs/index.html'), csp(interactive))
      assert.equal(read('old.html'), csp(redirect))
      // The RSC payload stays for pages that still navigate on the client; _next/ is not pages.
      assert.equal(read('index.txt'), files['index.txt'])
      assert.equal(read('_next/static/chunks/x.html'), csp(page()))
      const again = await finishExport(dir, { basePath: '' }, { pagesPerWorker })
      assert.equal(again.stripped, 0)
      assert.equal(read('index.html'), csp(stripped()), 'running it twice changes nothing')
      fs.rmSync(dir, { recursive: true })
    })

  it('preloads the math fonts the stylesheet names on pages with math, once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strip-'))
    const files: Record<string, string> = {
      '_next/static/chunks/a.css':
        '@font-face{font-family:KaTeX_Main;src:url(../media/KaTeX_Main-Regular.ab1.woff2) format("woff2"),url(../media/KaTeX_Main-Regular.cd2.woff) format("woff")}' +
        '@font-face{font-family:KaTeX_Math;src:url(../media/KaTeX_Math-Italic.ef3.woff2) format("woff2")}' +
        '@font-face{font-family:KaTeX_Size1;src:url(../media/KaTeX_Size1-Regular.gh4.woff2) format("woff2")}',
      'math/index.html': page(
        '',
        '<p>Let <span class="katex"><span class="mord">x</span></span>.</p>',
      ),
      'plain/index.html': page(),
    }
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
      fs.writeFileSync(path.join(dir, name), text)
    }
    const summary = await finishExport(dir, { basePath: '' })
    const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8')
    const preloads = (html: string) =>
      [...html.matchAll(/<link rel="preload" href="([^"]+KaTeX[^"]+)" as="font"[^>]*>/g)].map(
        (m) => m[1],
      )
    const fonts = [
      '/_next/static/media/KaTeX_Main-Regular.ab1.woff2',
      '/_next/static/media/KaTeX_Math-Italic.ef3.woff2',
    ]
    assert.deepEqual(preloads(read('math/index.html')), fonts)
    // Right after the policy, before every stylesheet.
    assert.match(
      read('math/index.html'),
      /<meta http-equiv="Content-Security-Policy"[^>]*\/><link rel="preload" href="\/_next\/static\/media\/KaTeX_Main/,
    )
    assert.deepEqual(preloads(read('plain/index.html')), [])
    const refs = summary.links.get(
      createHash('sha256').update(read('math/index.html')).digest('hex'),
    )?.refs
    assert.deepEqual(refs?.filter((r) => fonts.includes(r.url)).length, 2)
    await finishExport(dir, { basePath: '' })
    assert.deepEqual(preloads(read('math/index.html')), fonts, 'finishing again adds none')
    fs.rmSync(dir, { recursive: true })
  })
})
