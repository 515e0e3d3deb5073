import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { renderToStaticMarkup } from 'react-dom/server'
import {
  BODIES_DIR_ENV,
  SET_ASIDE_MIN_BYTES,
  setAsideBody,
  spliceBodies,
} from '@/lib/set-aside-body'

describe('a long body set aside from React', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-bodies-'))
    process.env[BODIES_DIR_ENV] = dir
  })
  afterEach(() => {
    delete process.env[BODIES_DIR_ENV]
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const long = `<p>${'é'.repeat(SET_ASIDE_MIN_BYTES / 2)}</p>` // bytes, not characters, count

  it('is stored once under its hash, and only when a build asks and it is long', () => {
    const id = setAsideBody(long)
    assert.match(id ?? '', /^[0-9a-f]{64}$/)
    assert.equal(setAsideBody(long), id)
    assert.deepEqual(fs.readdirSync(dir), [`${id}.html`])
    assert.equal(setAsideBody('<p>short</p>'), undefined)
    delete process.env[BODIES_DIR_ENV]
    assert.equal(setAsideBody(long), undefined)
  })

  it('goes back into the page React rendered, in place of its placeholder', () => {
    const id = setAsideBody(long)!
    // The placeholder exactly as React writes it (components/Prose.tsx).
    const page = renderToStaticMarkup(
      <main>
        <h1>Title</h1>
        <div className="prose" data-gibsonic-body={id} />
        <footer>$&amp; $1</footer>
      </main>,
    )
    const { html, spliced } = spliceBodies(page, dir)
    assert.equal(spliced, true)
    assert.equal(
      html,
      `<main><h1>Title</h1><div class="prose">${long}</div><footer>$&amp; $1</footer></main>`,
    )
    assert.deepEqual(spliceBodies('<p>no placeholder</p>', dir), {
      html: '<p>no placeholder</p>',
      spliced: false,
    })
  })

  it('that is missing stops the build rather than publish the page without it', () => {
    const page = `<div class="prose" data-gibsonic-body="${'a'.repeat(64)}"></div>`
    assert.throws(() => spliceBodies(page, dir), /the body set aside as a{64} is missing/)
  })
})
