import assert from 'node:assert/strict'
import { test } from 'node:test'
import vm from 'node:vm'
import { convertLegacyHtml, handlerScript } from '@/lib/import/legacy-html'

// An inline `onclick='$("#abs").toggle()'` (an abstract's show/hide link) moves into the page's
// script file, where there is no jQuery: it must still show and hide the abstract (issue 15).

const options = { exists: () => true, baseDir: '/', origins: [] }

/** Runs a page's handler script against a stub DOM with a link and the element `#abs`. */
function page(script: string) {
  const listeners: ((event: unknown) => void)[] = []
  const link = { addEventListener: (_: string, f: (event: unknown) => void) => listeners.push(f) }
  const abs = { style: { display: 'none' } }
  const document = {
    querySelectorAll: (selector: string) =>
      selector === '#abs' ? [abs] : selector.startsWith('[data-jekyll-handler') ? [link] : [],
  }
  const getComputedStyle = (el: typeof abs) => ({ display: el.style.display || 'block' })
  vm.runInNewContext(script, { document, getComputedStyle })
  let prevented = 0
  const click = () => listeners.forEach((f) => f({ preventDefault: () => prevented++ }))
  return { abs, click, prevented: () => prevented }
}

test('a jQuery show/hide handler becomes plain JavaScript that shows and hides the element', () => {
  const html = `<a class='pill' href='javascript:;' onclick='$("#abs").toggle()'>abstract</a>\n<div id="abs" style="display: none">Text</div>`
  const { handlers, notes } = convertLegacyHtml(html, options)
  assert.equal(handlers.length, 1)
  const { abs, click, prevented } = page(handlerScript(handlers))
  click()
  assert.equal(abs.style.display, '')
  click()
  assert.equal(abs.style.display, 'none')
  assert.equal(prevented(), 2)
  assert.ok(notes.some((n) => /jQuery show\/hide became plain JavaScript/.test(n.message)))
  assert.ok(!notes.some((n) => n.kind === 'flagged'))
})

test('a handler that needs more of jQuery is kept and flagged for review', () => {
  const { notes } = convertLegacyHtml(
    `<a href="#" onclick="$('#a').fadeIn(200)">more</a>\n`,
    options,
  )
  assert.ok(notes.some((n) => n.kind === 'flagged' && /calls jQuery/.test(n.message)))
})
