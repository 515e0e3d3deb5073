import assert from 'node:assert/strict'
import { test } from 'node:test'
import { lightOnlyColours } from '@/lib/import/light-only-colours'
import { convertScripts } from '@/lib/import/scripts'

// An imported post's own <style> chose its colours for the old, light site. In the site's dark
// theme a light code background under light code text was unreadable (axe: contrast 1.01).

test('painting declarations apply to the light theme only; layout applies in both', () => {
  const { css, changed } = lightOnlyColours(
    'p { text-align: justify; }\n.post pre, .post code { border: none; background-color: #eee; }\nhtml { color: #333 }\n@media (max-width: 600px) { .x { width: 10px; color: red } }',
  )
  assert.ok(changed)
  const [layout, themed] = css.split('/* The colours below')
  assert.match(layout!, /p \{ text-align: justify; \}/)
  assert.match(layout!, /\.post pre, \.post code \{ border: none; \}/)
  assert.doesNotMatch(layout!, /#eee|#333|red/)
  assert.doesNotMatch(layout!, /^html/m)
  assert.match(
    themed!,
    /:root\[data-theme='light'\] \.post pre,\s*:root\[data-theme='light'\] \.post code \{ background-color: #eee; \}/,
  )
  assert.match(themed!, /:root\[data-theme='light'\] \{ color: #333 \}/)
  assert.match(
    themed!,
    /@media \(prefers-color-scheme: light\) \{[\s\S]*:root:not\(\[data-theme\]\) \.post pre/,
  )
  assert.match(
    themed!,
    /@media \(max-width: 600px\) \{\s*:root\[data-theme='light'\] \.x \{ color: red \}/,
  )
})

test('a stylesheet that paints nothing, or does not parse, is kept as written', () => {
  assert.deepEqual(lightOnlyColours('p { margin: 0 }'), { css: 'p { margin: 0 }', changed: false })
  assert.deepEqual(lightOnlyColours('p { color: red'), { css: 'p { color: red', changed: false })
})

test('the import applies it to an inline <style> it moves to a file, and says so', () => {
  const out = convertScripts(
    '<style>\npre { background: #eee }\n</style>\n',
    'assets/js/imported/x',
  )
  assert.match(out.moved[0]!.text, /:root\[data-theme='light'\] pre \{ background: #eee \}/)
  assert.match(out.notes[0]!.message, /its colours apply to the light theme only/)
})
