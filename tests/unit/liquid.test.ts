import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderLiquid, type LiquidContext } from '@/lib/markdown/liquid'

const ctx = (basePath = ''): LiquidContext => ({
  site: { title: 'Perry Gibson', baseurl: basePath, author: { name: 'Perry' } },
  page: { title: 'About', url: '/' },
  siteUrl: 'https://gibsonic.org',
  basePath,
})

describe('Liquid', () => {
  it('expands site and page variables, nested keys included', () => {
    const r = renderLiquid('{{ site.title }} / {{page.title}} / {{ site.author.name }}', ctx())
    assert.equal(r.text, 'Perry Gibson / About / Perry')
    assert.deepEqual(r.problems, [])
  })

  it('prints a record by its name and a list by its items, never as JSON', () => {
    // A Jekyll config's `author: Sam` is site.yaml's `author: { name: Sam }`.
    const c = ctx()
    c.site.keywords = ['mlir', { name: 'tvm' }]
    assert.equal(
      renderLiquid("Hi, I'm {{ site.author }}: {{ site.keywords }}", c).text,
      "Hi, I'm Perry: mlir, tvm",
    )
  })

  it('site.baseurl is the base path: empty at the root, the prefix under a project path', () => {
    assert.equal(renderLiquid('[x]({{ site.baseurl }}/posts)', ctx()).text, '[x](/posts)')
    assert.equal(
      renderLiquid('[x]({{ site.baseurl }}/posts)', ctx('/site')).text,
      '[x](/site/posts)',
    )
  })

  it('supports relative_url and absolute_url filters', () => {
    assert.equal(
      renderLiquid("{{ '/assets/a.png' | relative_url }}", ctx('/site')).text,
      '/site/assets/a.png',
    )
    assert.equal(
      renderLiquid('{{ "/feed.xml" | absolute_url }}', ctx()).text,
      'https://gibsonic.org/feed.xml',
    )
  })

  it('keeps {% raw %} text literally and drops {% comment %}', () => {
    const r = renderLiquid(
      'a {% raw %}{{ site.title }} {% if %}{% endraw %} b {% comment %}gone{% endcomment %}c',
      ctx(),
    )
    assert.equal(r.text, 'a {{ site.title }} {% if %} b c')
    assert.deepEqual(r.problems, [])
  })

  it('reports an unknown tag with its line and column, and leaves it visible', () => {
    const r = renderLiquid('line one\n  {% include footer.html %}\n', ctx())
    assert.equal(r.text, 'line one\n  {% include footer.html %}\n')
    assert.deepEqual(r.problems, [
      {
        line: 2,
        column: 3,
        severity: 'error',
        message:
          'unknown Liquid tag "include" (supported here: raw, comment; wrap literal text in {% raw %}...{% endraw %})',
      },
    ])
  })

  it('warns about an undefined variable and renders it empty, as Jekyll does', () => {
    const r = renderLiquid('x{{ site.nope }}y', ctx())
    assert.equal(r.text, 'xy')
    assert.equal(r.problems[0]?.severity, 'warning')
    assert.match(r.problems[0]!.message, /unknown Liquid variable "site.nope"/)
  })

  it('reports unknown filters, unsupported expressions and unclosed blocks as errors', () => {
    const messages = renderLiquid(
      '{{ site.title | upcase }} {{ 1 + 2 }} {% raw %}never closed',
      ctx(),
    ).problems.map((p) => `${p.column}: ${p.message}`)
    assert.deepEqual(messages, [
      '1: unknown Liquid filter "upcase" (supported here: relative_url, absolute_url)',
      '27: unsupported Liquid expression "{{ 1 + 2 }}" (expected site.* or page.* variables, or a quoted string)',
      '39: "{% raw %}" is never closed (expected "{% endraw %}")',
    ])
  })
})
