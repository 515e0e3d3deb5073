import assert from 'node:assert/strict'
import fs from 'node:fs'
import { describe, it } from 'node:test'
import { inMode } from './mode'

/** The first line of /search.js as the route serves it in `mode`. */
const firstLine = (mode: 'development' | 'production') =>
  inMode(
    mode,
    `const { staticScript } = await import('@/lib/static-script')
    const text = await staticScript('components/enhance/search.js').text()
    console.log(JSON.stringify(text.split('\\n')[0]))`,
  )

describe('the search on the development server', () => {
  it('knows it is there, and says how to get an index', () => {
    assert.equal(firstLine('development'), 'self.siteDevServer = true')
    assert.notEqual(firstLine('production'), 'self.siteDevServer = true')
    const search = fs.readFileSync('components/enhance/search.js', 'utf8')
    assert.match(
      search,
      /self\.siteDevServer\s*\?\s*'The development server has no search index: `npm run build` writes one/,
    )
  })
})
