import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import sharp from 'sharp'
import { copyRemoteImages, isCopyOf } from '@/lib/import/copy-remote-images'
import { planImport } from '@/lib/import/jekyll-site'
import { compareSites } from '../../scripts/jekyll-compare/compare'

// Images a page loads from another site are reported at their `path:line`, and
// `--copy-remote-images` copies them into public/ (issue 15). The "other site" here is a server
// on 127.0.0.1: tests never touch the network.

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remote-images-'))
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

const jwt = (exp: number) =>
  ['{"alg":"none"}', JSON.stringify({ exp })]
    .map((part) => Buffer.from(part).toString('base64url'))
    .join('.') + '.sig'

/** A Jekyll site whose pages load images from `other` (an origin), in every way the import reads. */
function siteWithImages(other: string): string {
  return site({
    // An empty CNAME names no address: the site's own origin is still only its url.
    CNAME: '\n',
    '_config.yml': `title: T\ndescription: D\nurl: https://ada.example.org\navatar: ${other}/avatar\n`,
    '_data/gallery.yml': `- src: ${other}/from-data.png\n`,
    'gallery.md':
      '---\ntitle: Gallery\n---\n{% for g in site.data.gallery %}<img src="{{ g.src }}" alt="g">{% endfor %}\n',
    '_posts/2020-01-01-a.md': [
      '---',
      `image: ${other}/a.png`,
      '---',
      `![a](${other}/a.png)`, // line 4
      '',
      '![own](https://ada.example.org/never.png) ![local](/local.png)',
      '',
      `<img alt="s" srcset="${other}/pic?id=1&amp;s=2 1x, ${other}/evil.svg 2x">`, // line 8
      '',
      '```',
      `![code](${other}/in-code.png)`,
      '```',
      '',
      `[a link, not an image](${other}/link.png) ![r][ref]`, // line 14
      '',
      `[ref]: ${other}/page.png`, // line 16
      '',
      `<video controls poster="${other}/gone.png"></video>`, // line 18
      '',
      `![moved](${other}/redirect.png)`, // line 20
      '',
    ].join('\n'),
  })
}

test('each image a page loads from another site is reported at the line that names it', () => {
  const dir = siteWithImages('https://img.example.com')
  fs.appendFileSync(
    path.join(dir, '_posts/2020-01-01-a.md'),
    `![old](https://private-user-images.githubusercontent.com/1/x.gif?jwt=${jwt(1_700_000_000)})\n![p](//cdn.example.net/p.gif)\n`,
  )
  const plan = planImport(dir)
  const flagged = plan.report.notes
    .filter((n) => n.kind === 'flagged' && /another site|signed link/.test(n.message))
    .map((n) => `${n.file}:${n.line} ${n.message.split(/; |: it no/)[0]}`)
    .sort()
  const post = '_posts/2020-01-01-a.md'
  assert.deepEqual(
    flagged,
    [
      `_data/gallery.yml:1 image on another site (img.example.com): https://img.example.com/from-data.png`,
      `${post}:2 image on another site (img.example.com): https://img.example.com/a.png`,
      `${post}:4 image on another site (img.example.com): https://img.example.com/a.png`,
      `${post}:8 image on another site (img.example.com): https://img.example.com/pic?id=1&s=2`,
      `${post}:8 image on another site (img.example.com): https://img.example.com/evil.svg`,
      `${post}:16 image on another site (img.example.com): https://img.example.com/page.png`,
      `${post}:18 image on another site (img.example.com): https://img.example.com/gone.png`,
      `${post}:20 image on another site (img.example.com): https://img.example.com/redirect.png`,
      `${post}:21 image https://private-user-images.githubusercontent.com/1/x.gif?jwt=${jwt(1_700_000_000)} is a signed link that expired on 2023-11-14`,
      `${post}:22 image on another site (cdn.example.net): https://cdn.example.net/p.gif`,
      `_config.yml:4 avatar on another site (img.example.com): https://img.example.com/avatar`,
    ].sort(),
  )
  assert.equal(
    plan.report.counts.flagged,
    plan.report.notes.filter((n) => n.kind === 'flagged').length,
  )
  fs.rmSync(dir, { recursive: true })
})

/** A stand-in for other sites: images, an SVG with a script, a page, a 404 and a redirect. */
async function otherSite(): Promise<{ origin: string; close: () => void; png: Buffer }> {
  const png = await sharp({
    create: { width: 4, height: 3, channels: 3, background: '#c00' },
  })
    .png()
    .toBuffer()
  const jpeg = await sharp(png).jpeg().toBuffer()
  const svg =
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10"/></svg>'
  const server = http.createServer((req, res) => {
    const url = req.url!
    if (url === '/a.png' || url === '/avatar' || url === '/from-data.png') res.end(png)
    else if (url.startsWith('/pic?')) res.end(jpeg)
    else if (url === '/evil.svg') res.end(svg)
    else if (url === '/page.png')
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>not an image')
    else if (url === '/redirect.png') res.writeHead(302, { location: '/a.png' }).end()
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close(), png }
}

test('--copy-remote-images copies each image into public/ and the pages load the copy', async () => {
  const other = await otherSite()
  const dir = siteWithImages(other.origin)
  try {
    const plan = planImport(dir)
    const result = await copyRemoteImages(plan, { timeoutMs: 5000 })
    assert.deepEqual(result, { copied: 6, failed: 2 })
    const host = other.origin.replace(/^http:\/\//, '').replace(':', '-')
    const file = (target: string) => plan.files.find((f) => f.target === target)?.data
    const copies = plan.files
      .filter((f) => f.target.startsWith('public/assets/remote/'))
      .map((f) => f.target)
      .sort()
    assert.equal(copies.length, 6, copies.join('\n'))
    assert.ok(copies.includes(`public/assets/remote/${host}/a.png`), copies.join('\n'))
    assert.ok(copies.includes(`public/assets/remote/${host}/redirect.png`))
    // A query makes the name unique; the bytes say what the file is, not its address.
    const pic = copies.find((c) => /\/pic-[0-9a-f]{8}\.jpg$/.test(c))
    assert.ok(pic, copies.join('\n'))
    assert.deepEqual(file(`public/assets/remote/${host}/a.png`), other.png)
    const svg = String(file(`public/assets/remote/${host}/evil.svg`))
    assert.match(svg, /<rect/)
    assert.doesNotMatch(svg, /script|onload|alert/)

    const post = String(file('content/posts/2020-01-01-a.md'))
    const local = `/assets/remote/${host}`
    assert.match(post, new RegExp(`^image: ${local}/a\\.png$`, 'm'))
    assert.ok(post.includes(`![a]({{ site.baseurl }}${local}/a.png)`), post)
    assert.ok(post.includes(`srcset="{{ site.baseurl }}/${pic!.slice('public/'.length)} 1x, `))
    assert.ok(post.includes(`{{ site.baseurl }}${local}/evil.svg 2x"`), post)
    assert.ok(post.includes(`![moved]({{ site.baseurl }}${local}/redirect.png)`), post)
    // Code is left as written; what could not be copied stays where it was.
    assert.ok(post.includes(`![code](${other.origin}/in-code.png)`), post)
    assert.ok(post.includes(`[ref]: ${other.origin}/page.png`), post)
    assert.ok(post.includes(`poster="${other.origin}/gone.png"`), post)
    assert.match(String(file('content/site.yaml')), new RegExp(`image: ${local}/avatar\\.png`))
    assert.ok(String(file('content/pages/gallery.md')).includes(`${local}/from-data.png`))

    const notes = plan.report.notes.filter((n) => n.message.includes(other.origin))
    const flagged = notes.filter((n) => n.kind === 'flagged').map((n) => n.message)
    assert.equal(flagged.length, 2, JSON.stringify(notes, null, 1))
    assert.ok(
      flagged.some((m) => /page\.png was not copied: it is not an image \(text\/html\)/.test(m)),
    )
    assert.ok(flagged.some((m) => /gone\.png was not copied: it answered 404/.test(m)))
    assert.ok(
      notes.some((n) => n.kind === 'converted' && /evil\.svg copied .*scripts/.test(n.message)),
    )
    assert.equal(
      plan.report.counts.flagged,
      plan.report.notes.filter((n) => n.kind === 'flagged').length,
    )
  } finally {
    other.close()
    fs.rmSync(dir, { recursive: true })
  }
})

test('npm run import:jekyll -- --copy-remote-images writes the copies beside content/', async () => {
  const other = await otherSite()
  const dir = siteWithImages(other.origin)
  const into = fs.mkdtempSync(path.join(os.tmpdir(), 'remote-images-into-'))
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/import-jekyll.ts',
        dir,
        '--into',
        path.join(into, 'content'),
        '--copy-remote-images',
      ],
      { encoding: 'utf8' },
    )
    assert.match(
      stdout,
      /Copied 6 image\(s\) from other sites into public\/assets\/remote\/; 2 could not be copied/,
    )
    const host = other.origin.replace(/^http:\/\//, '').replace(':', '-')
    assert.deepEqual(
      fs.readFileSync(path.join(into, 'public/assets/remote', host, 'a.png')),
      other.png,
    )
  } finally {
    other.close()
    fs.rmSync(dir, { recursive: true })
    fs.rmSync(into, { recursive: true })
  }
})

test('the comparison counts a copied image as an improvement, and a missing one as a loss', () => {
  const tree = (files: Record<string, string>) => site(files)
  const old = (src: string) => `<img src="${src}" alt="x">`
  const siteDir = tree({
    '_config.yml': 'title: T\nurl: https://me.example.io\n',
    'a.md': ['f/a.png', 'q.gif?raw=true', 'gone.png']
      .map((f) => old(`https://img.example.com/${f}`))
      .join('\n'),
  })
  const oldOut = tree({
    'a/index.html': `<html><body><article><p>Some words here.</p>${old('https://img.example.com/f/a.png')}${old('https://img.example.com/q.gif?raw=true')}${old('https://img.example.com/gone.png')}</article></body></html>`,
  })
  const newOut = tree({
    'a/index.html': `<html><body><main><p>Some words here.</p>${old('/assets/remote/img.example.com/f/a.png')}${old('/assets/remote/img.example.com/q-0123abcd.gif')}${old('/assets/remote/img.example.com/other.png')}</main></body></html>`,
    'assets/remote/img.example.com/f/a.png': 'png',
    'assets/remote/img.example.com/q-0123abcd.gif': 'gif',
    'assets/remote/img.example.com/other.png': 'png',
  })
  const result = compareSites({
    siteDir,
    oldOut,
    newOut,
    urls: [{ old: '/a/', new: '/a/', title: 'A', source: 'a.md' }],
    origins: ['https://me.example.io'],
  })
  const images = result.pages[0]!.differences.filter((d) => d.kind === 'image')
  assert.deepEqual(
    images.map((d) => `${d.verdict} ${d.detail.split(':')[0]}:${d.detail.split(':')[1]}`).sort(),
    [
      'improvement https://img.example.com/f/a.png',
      'improvement https://img.example.com/q.gif?raw=true',
      'loss https://img.example.com/gone.png',
    ],
  )
  assert.equal(
    isCopyOf('/site/assets/remote/img.example.com/f/a.png', 'https://img.example.com/f/a.png'),
    true,
  )
  assert.equal(
    isCopyOf('/assets/remote/img.example.com/f/a-b.png', 'https://img.example.com/f/a.png'),
    false,
  )
})
