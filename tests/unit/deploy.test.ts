import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { readBuildInfo } from '@/lib/build-info'
import type { SiteConfig } from '@/lib/content'
import { withBasePath } from '@/lib/urls'
import { writeHostFiles } from '../../scripts/host-files'

describe('withBasePath', () => {
  it('prefixes site paths once and makes page paths canonical', () => {
    assert.equal(withBasePath('/posts', '/site'), '/site/posts/')
    assert.equal(withBasePath('/site/posts/', '/site'), '/site/posts/')
    assert.equal(withBasePath('/feed.xml', '/site'), '/site/feed.xml')
    assert.equal(withBasePath('/oss#top', ''), '/oss/#top')
  })

  it('leaves external, protocol-relative and relative URLs alone', () => {
    for (const url of ['https://example.org/x', '//cdn.example.org/a.js', 'img/a.png', '#content'])
      assert.equal(withBasePath(url, '/site'), url)
  })
})

describe('files for static hosts', () => {
  const site = { domain: 'gibsonic.org' } as SiteConfig
  const exportDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-host-'))

  it('writes .nojekyll, the CNAME and the base path for `npm start`', () => {
    const dir = exportDir()
    assert.deepEqual(writeHostFiles(dir, site, ''), [])
    assert.equal(fs.readFileSync(path.join(dir, '.nojekyll'), 'utf-8'), '')
    assert.equal(fs.readFileSync(path.join(dir, 'CNAME'), 'utf-8'), 'gibsonic.org\n')
    assert.deepEqual(readBuildInfo(dir), { basePath: '' })
    fs.rmSync(dir, { recursive: true })
  })

  it('writes no CNAME for a base-path build, and says why', () => {
    const dir = exportDir()
    const [warning] = writeHostFiles(dir, site, '/site')
    assert.match(warning ?? '', /custom domain gibsonic\.org.*BASE_PATH=\/site.*no CNAME/)
    assert.equal(fs.existsSync(path.join(dir, 'CNAME')), false)
    assert.deepEqual(readBuildInfo(dir), { basePath: '/site' })
    fs.rmSync(dir, { recursive: true })
  })

  it('treats an export without build info as a root build', () => {
    const dir = exportDir()
    assert.deepEqual(readBuildInfo(dir), { basePath: '' })
    fs.rmSync(dir, { recursive: true })
  })
})
