import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import sharp from 'sharp'
import { planWidths, plannedVariants, sizesFor } from '@/lib/markdown/responsive-images'
import { encodeVariant, writeImageVariants } from '../../scripts/postbuild-images'
import { renderMd } from './helpers'

describe('responsive image plan', () => {
  it('offers the width ladder up to the original, and never enlarges', () => {
    assert.deepEqual(planWidths(4000), [360, 720, 1080, 1440])
    assert.deepEqual(planWidths(1440), [360, 720, 1080, 1440])
    assert.deepEqual(planWidths(1200), [360, 720, 1080, 1200])
    assert.deepEqual(planWidths(720), [360, 720])
    assert.deepEqual(planWidths(320), [320])
  })

  it('sizes an image by the width it is shown at, at most the content column', () => {
    assert.equal(sizesFor(300), '(max-width: 300px) 100vw, 300px')
    assert.equal(sizesFor(2000), '(max-width: 672px) 100vw, 672px')
  })

  it('wraps a local JPEG in <picture> with AVIF and WebP sources under the base path', async () => {
    const { html, messages } = await renderMd(
      '![me](/assets/pg_profile.jpg){: style="float: left"}',
      '/site',
    )
    assert.deepEqual(messages, [])
    const match = html.match(
      /^<p><picture><source type="image\/avif" srcset="\/site\/_img\/([0-9a-f]{16})-320\.avif 320w" sizes="\(max-width: 320px\) 100vw, 320px"><source type="image\/webp" srcset="\/site\/_img\/\1-320\.webp 320w"[^>]*><img src="\/site\/assets\/pg_profile\.jpg" alt="me" style="float: left"[^>]* width="320" height="320"><\/picture><\/p>$/,
    )
    assert.ok(match, html)
    assert.ok(
      plannedVariants().some((v) => v.hash === match[1] && v.file.endsWith('pg_profile.jpg')),
    )
  })

  it('leaves SVG, GIF and remote images as plain <img>', async () => {
    const { html } = await renderMd(
      '![b](/assets/badges/website-up.svg) ![r](https://example.org/x.jpg)',
    )
    assert.doesNotMatch(html, /<picture>/)
  })
})

describe('image variants', () => {
  it('are the same bytes every time, the requested width, and served from the cache when warm', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-img-'))
    const original = path.join(dir, 'in.png')
    await sharp({ create: { width: 800, height: 400, channels: 3, background: '#3a6' } })
      .png()
      .toFile(original)
    const [a, b] = [
      await encodeVariant(original, 360, 'avif'),
      await encodeVariant(original, 360, 'avif'),
    ]
    assert.ok(a.equals(b))
    assert.equal((await sharp(a).metadata()).width, 360)

    const request = { file: original, hash: '0123456789abcdef', widths: [360, 720] }
    const cache = path.join(dir, 'cache')
    const cold = await writeImageVariants(path.join(dir, 'out1'), [request], cache)
    assert.deepEqual(cold, { variants: 4, encoded: 4 })
    const warm = await writeImageVariants(path.join(dir, 'out2'), [request], cache)
    assert.deepEqual(warm, { variants: 4, encoded: 0 })
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out2', '_img')).sort(), [
      '0123456789abcdef-360.avif',
      '0123456789abcdef-360.webp',
      '0123456789abcdef-720.avif',
      '0123456789abcdef-720.webp',
    ])
    fs.rmSync(dir, { recursive: true })
  })
})

describe('iframes in content', () => {
  // An embed is a whole page of its own (a video player, a slide deck): issue 15's Lighthouse
  // scores counted each one's scripts against the page even when it was far below the fold.
  it('load lazily, unless the author said how', async () => {
    const { html } = await renderMd(
      'Watch:\n\n<iframe src="https://www.youtube.com/embed/a" title="A"></iframe>\n\n<iframe src="https://www.youtube.com/embed/b" title="B" loading="eager"></iframe>\n',
    )
    const frames = html.match(/<iframe\b[^>]*>/g)
    assert.deepEqual(frames, [
      '<iframe src="https://www.youtube.com/embed/a" title="A" loading="lazy">',
      '<iframe src="https://www.youtube.com/embed/b" title="B" loading="eager">',
    ])
  })
})

describe('the lead image', () => {
  // A post that opens with a picture: that picture is its Largest Contentful Paint, which lazy
  // loading held back until layout (issue 15's Lighthouse scores).
  const tags = (html: string) => html.match(/<img\b[^>]*>/g)

  it('is loaded at once and first when little text comes before it; later images stay lazy, as does one after a screenful of text or where the author chose', async () => {
    const { html } = await renderMd(
      '# Intro\n\nA short opening.\n\n![a](https://example.org/a.jpg)\n\n![b](https://example.org/b.jpg)\n',
    )
    assert.deepEqual(tags(html), [
      '<img src="https://example.org/a.jpg" alt="a" loading="eager" fetchpriority="high" decoding="async">',
      '<img src="https://example.org/b.jpg" alt="b" loading="lazy" decoding="async">',
    ])
    const long = `${'A sentence of the opening paragraph. '.repeat(12)}\n\n![a](https://example.org/a.jpg)\n`
    assert.deepEqual(tags((await renderMd(long)).html), [
      '<img src="https://example.org/a.jpg" alt="a" loading="lazy" decoding="async">',
    ])
    const chosen = '<img src="https://example.org/a.jpg" alt="a" loading="lazy">\n'
    assert.deepEqual(tags((await renderMd(chosen)).html), [
      '<img src="https://example.org/a.jpg" alt="a" loading="lazy" decoding="async">',
    ])
  })
})
