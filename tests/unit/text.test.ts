import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseContentDate } from '@/lib/content/dates'
import { normalisePermalink } from '@/lib/content/permalink'
import { findMojibake, repairMojibake } from '@/lib/markdown/mojibake'

describe('double-encoded text', () => {
  it("finds and repairs the seed's mangled characters", () => {
    assert.equal(
      repairMojibake('JosÃ© learningðŸ“‰ systemsðŸ”© ðŸ”’'),
      'José learning📉 systems🔩 🔒',
    )
    assert.deepEqual(findMojibake('ok\nDr JosÃ© Cano'), [
      { line: 2, column: 7, found: 'Ã©', repaired: 'é' },
    ])
  })

  it('leaves real accented text and symbols alone', () => {
    const text = 'Café, naïve, Ångström, £5, “quotes”, 📉, Ã alone'
    assert.deepEqual(findMojibake(text), [])
    assert.equal(repairMojibake(text), text)
  })
})

describe('permalinks', () => {
  it('normalises to a folder path', () => {
    assert.deepEqual(normalisePermalink('/oss'), { url: '/oss/' })
    assert.deepEqual(normalisePermalink('/'), { url: '/' })
    assert.deepEqual(normalisePermalink('/a//b/'), { url: '/a/b/' })
  })

  it('refuses paths that escape the site or are not paths', () => {
    for (const bad of [
      '/../etc/',
      '/a/./b',
      'relative/',
      '//evil.example/',
      '/javascript:alert(1)',
      '/a b/',
      '/x.html',
    ]) {
      assert.ok('error' in normalisePermalink(bad), bad)
    }
  })
})

describe('content dates', () => {
  it('keeps the calendar day the author wrote, whatever the zone', () => {
    const d = parseContentDate('2019-08-07 23:30:00 -0500')
    assert.ok(!('error' in d))
    assert.equal(d.day, '2019-08-07')
    assert.equal(d.instant.toISOString(), '2019-08-08T04:30:00.000Z')
  })

  it('rejects malformed and impossible dates with what was expected', () => {
    assert.deepEqual(parseContentDate('2024-02-30'), {
      error: '"2024-02-30" is an impossible date (2024-02 has no day 30)',
    })
    assert.match((parseContentDate('30/01/2024') as { error: string }).error, /expected YYYY-MM-DD/)
    assert.ok('error' in parseContentDate('2024-01-01 25:00'))
  })
})

describe('redirect_from paths', () => {
  it('keeps Jekyll .html files as files and makes other paths folders', async () => {
    const { normaliseRedirect } = await import('@/lib/content/permalink')
    assert.deepEqual(normaliseRedirect('/2019/08/07/post.html'), { url: '/2019/08/07/post.html' })
    assert.deepEqual(normaliseRedirect('/old'), { url: '/old/' })
  })

  it('refuses what permalinks refuse, and the home page', async () => {
    const { normaliseRedirect } = await import('@/lib/content/permalink')
    for (const bad of ['old/', '//evil.example/x', '/a b/', '/../x/', '/'])
      assert.ok('error' in normaliseRedirect(bad), bad)
  })
})
