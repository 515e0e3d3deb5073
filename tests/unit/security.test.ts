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
    assert.match(
      meta,
      /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a1' 'sha256-b2'; /,
    )
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

/**
 * The first version of each package that fixed its published advisories (GitHub advisory
 * database), per major version where a fix was back-ported.
 */
const FIXED_IN: Record<string, string[]> = {
  next: ['16.3.3'],
  'next-mdx-remote': ['6.0.0'],
  katex: ['0.16.21'],
  'image-size': ['1.2.1', '2.0.2'],
  'js-yaml': ['3.14.2', '4.1.1'],
  'cross-spawn': ['7.0.5'],
  'brace-expansion': ['1.1.12', '2.0.2', '5.0.0'],
  esbuild: ['0.25.0'],
}

const parts = (v: string) => v.split(/[.-]/).slice(0, 3).map(Number)

/** Whether `version` is at or above the fix for its major version (or a later major). */
function patched(version: string, floors: string[]): boolean {
  const v = parts(version)
  const floor = floors.map(parts).find((f) => f[0] === v[0]) ?? floors.map(parts).at(-1)!
  for (let i = 0; i < 3; i++) if (v[i] !== floor[i]) return v[i]! > floor[i]!
  return true
}

describe('the dependencies', () => {
  it('are locked, and the Node.js and npm versions are declared', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf-8'))
    assert.deepEqual(pkg.engines, { node: '>=20.19', npm: '>=10' })
    assert.equal(JSON.parse(fs.readFileSync('package-lock.json', 'utf-8')).lockfileVersion, 3)
  })

  it('are installed at or above the versions that fixed their advisories', () => {
    const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf-8')) as {
      packages: Record<string, { version?: string }>
    }
    for (const [name, floors] of Object.entries(FIXED_IN)) {
      // Every copy in the tree: a package can be installed at several versions.
      const copies = Object.entries(lock.packages).filter(([p]) =>
        p.endsWith(`node_modules/${name}`),
      )
      assert.ok(copies.length, `${name} is in the lockfile`)
      for (const [where, { version = '0' }] of copies)
        assert.ok(
          patched(version, floors),
          `${where}@${version} is older than ${floors.join(' / ')}`,
        )
    }
  })
})
