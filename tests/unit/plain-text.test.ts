import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Root } from 'hast'
import { h } from 'hastscript'
import { EXTERNAL_LINK_NOTE } from '@/lib/markdown/external-links'
import { outline } from '@/lib/markdown/outline'

// The screen-reader label of an external link is for screen readers: plain text (excerpts, and the
// meta, Open Graph and JSON-LD descriptions made from them) never shows it.
test('the excerpt leaves out screen-reader labels', () => {
  const tree: Root = {
    type: 'root',
    children: [
      h('p', [
        'See ',
        h('a', { href: 'https://example.org', className: ['external'] }, [
          'the paper',
          h('span', { className: ['visually-hidden'] }, EXTERNAL_LINK_NOTE),
        ]),
        ' for more.',
      ]),
    ],
  }
  assert.equal(outline(tree).excerpt, 'See the paper for more.')
})
