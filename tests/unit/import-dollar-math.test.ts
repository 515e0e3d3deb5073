import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { planImport } from '@/lib/import/jekyll-site'
import { renderMd } from './helpers'

// kramdown reads `$…$` as text, so its backslash escapes were gone before the old page's MathJax
// typeset the formula; the site reads `$…$` as math straight away (issue 15).

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dollar-math-'))
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

const CONFIG = `<script type="text/x-mathjax-config">
MathJax.Hub.Config({ tex2jax: {inlineMath: [['$','$'], ['\\\\(','\\\\)']]} });
</script>
<script async src="https://cdn.example.org/mathjax/MathJax.js?config=TeX-AMS_HTML"></script>
`
const BODY =
  'Sample $z\\sim q\\_z$ with $\\{a\\_1\\}$ twice | $x\\_i$ |, and `$c\\_d$` in code.\n\n' +
  '$$y_1 = x\\_2$$\n\n```\n$e\\_f$\n```\n'

function postText(dir: string): string {
  const file = planImport(dir).files.find((f) => f.target.startsWith('content/posts/'))
  return String(file?.data)
}

test("a page whose MathJax typeset $…$ gets the formula kramdown's escapes left it", async () => {
  const text = postText(
    site({ '_config.yml': 'title: T\n', '_posts/2020-01-01-a.md': `---\n---\n${CONFIG}${BODY}` }),
  )
  assert.match(
    text,
    /^Sample \$z\\sim q_z\$ with \$\{a_1\}\$ twice \| \$x_i\$ \|, and `\$c\\_d\$` in code\.$/m,
  )
  // `$$` is kramdown's own math, read verbatim; code is left alone.
  assert.match(text, /^\$\$\ny_1 = x\\_2\n\$\$$/m)
  assert.match(text, /^\$e\\_f\$$/m)
  const { html } = await renderMd(text.replace(/^---[\s\S]*?---\n/, ''))
  assert.match(html, /<msub><mi>q<\/mi><mi>z<\/mi><\/msub>/)
})

test('without $ in the MathJax config, or without MathJax, the text stays as written', () => {
  const noDollar = CONFIG.replace("['$','$'], ", '')
  for (const head of [noDollar, ''])
    assert.match(
      postText(
        site({ '_config.yml': 'title: T\n', '_posts/2020-01-01-a.md': `---\n---\n${head}${BODY}` }),
      ),
      /^Sample \$z\\sim q\\_z\$/m,
    )
})
