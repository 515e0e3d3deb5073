import assert from 'node:assert/strict'
import fs from 'node:fs'
import { describe, it } from 'node:test'
import { contentSecurityPolicy } from '@/lib/security'
import { VERCEL_JSON, vercelConfig } from '../../scripts/vercel-json'

describe('the security headers', () => {
  it('vercel.json is what `npm run vercel-json` writes from lib/security.ts', () => {
    assert.deepEqual(JSON.parse(fs.readFileSync(VERCEL_JSON, 'utf-8')), vercelConfig())
  })

  it('sends the policy and the other headers the issue asks for', () => {
    const keys = vercelConfig().headers[0]!.headers.map((h) => h.key)
    for (const key of [
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ])
      assert.ok(keys.includes(key), key)
  })

  it('leaves out of the <meta> policy only what a <meta> cannot carry', () => {
    const header = contentSecurityPolicy()
    const meta = contentSecurityPolicy({ meta: true })
    assert.match(header, /frame-ancestors 'none'/)
    assert.doesNotMatch(meta, /frame-ancestors/)
    assert.equal(header.replace(/; frame-ancestors 'none'/, ''), meta)
    assert.match(meta, /object-src 'none'/)
    assert.match(meta, /base-uri 'self'/)
  })
})
