import assert from 'node:assert/strict'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { cacheRoot } from '@/lib/content/document-cache'

describe('the unit tests', () => {
  it("keep their build caches out of the project's .build/cache (tests/unit/setup.ts)", () => {
    assert.ok(!cacheRoot().startsWith(path.resolve('.build')), cacheRoot())
    assert.ok(cacheRoot().startsWith(os.tmpdir()), cacheRoot())
  })
})
