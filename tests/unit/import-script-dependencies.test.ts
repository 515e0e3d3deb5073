import assert from 'node:assert/strict'
import { test } from 'node:test'
import { convertScripts } from '@/lib/import/scripts'

// An inline script after a library the site does not load (jQuery from a CDN) was written against
// that library: run without it, it throws. It is kept for review and not run (issue 15).
test('an inline script after an external library the site does not load is kept, not run', () => {
  const src =
    '<script>\nvar early = 1\n</script>\n<script src="//cdn.example.org/jquery.min.js"></script>\n<script type="text/javascript">\n$("#a").html("x")\n</script>\n'
  const out = convertScripts(src, 'assets/js/imported/page')
  assert.deepEqual(
    out.moved.map((m) => m.text),
    ['var early = 1\n'],
  )
  assert.equal(out.text.split('\n').length, src.split('\n').length)
  assert.doesNotMatch(out.text, /<script[^>]*>\s*\n?\$\(/)
  assert.ok(
    out.notes.some(
      (n) =>
        n.kind === 'flagged' &&
        n.line === 5 &&
        n.message.includes('after the external script //cdn.example.org/jquery.min.js'),
    ),
  )
})
