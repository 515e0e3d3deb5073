import assert from 'node:assert/strict'
import fs from 'node:fs'
import { describe, it } from 'node:test'
import { headerContentSecurityPolicy, metaContentSecurityPolicy } from '@/lib/security'
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

  it('allows inline scripts only by hash: no unsafe-inline anywhere, no script-src in the header', () => {
    const header = headerContentSecurityPolicy()
    const meta = metaContentSecurityPolicy(['b2', 'a1', 'b2'])
    assert.match(meta, /^default-src 'self'; script-src 'self' 'sha256-a1' 'sha256-b2'; /)
    assert.doesNotMatch(`${header} ${meta}`, /script-src[^;]*'unsafe-inline'/)
    // A header script-src (or default-src, its fallback) would block what the page's hashes allow.
    assert.doesNotMatch(header, /(^|; )(script-src|default-src) /)
    assert.match(header, /frame-ancestors 'none'/)
    assert.doesNotMatch(meta, /frame-ancestors/)
    for (const directive of ["object-src 'none'", "base-uri 'self'", "style-src 'self'"]) {
      assert.ok(header.includes(directive), directive)
      assert.ok(meta.includes(directive), directive)
    }
  })
})
