import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { analyticsSetup } from '@/lib/analytics'
import { formatIssue, IssueList } from '@/lib/content/issues'
import { ogImagePath } from '@/lib/og'
import { headerContentSecurityPolicy, metaContentSecurityPolicy } from '@/lib/security'
import { cardSiteName } from '../../scripts/og-images'
import { loadSiteConfig } from '@/lib/content/site'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { renderMd } from './helpers'
import { inMode } from './mode'

describe('external links in content', () => {
  it('are marked for screen readers; the author’s target is kept and made safe', async () => {
    const { html } = await renderMd(
      '[a](https://x.org/) [b](/posts/) <a href="https://y.org/" target="_blank" rel="me">c</a>',
    )
    assert.equal(
      html,
      '<p><a href="https://x.org/" class="external">a<span class="visually-hidden" data-pagefind-ignore=""> (external link)</span></a> ' +
        '<a href="/posts/">b</a> ' +
        '<a href="https://y.org/" target="_blank" rel="me noopener noreferrer" class="external">c<span class="visually-hidden" data-pagefind-ignore=""> (external link)</span></a></p>',
    )
  })
})

describe('site links whose text says nothing of where they go', () => {
  const note = (text: string) =>
    `<span class="visually-hidden" data-pagefind-ignore=""> (${text})</span>`
  it('name their destination for screen readers (and Lighthouse), and look the same', async () => {
    const { html } = await renderMd(
      'Get the key [here](/data/key.asc). [Read  More](/2011/04/27/manually-classifying-cifar10/) ' +
        '[this](/notes/old_page.html) [here](/)',
    )
    assert.equal(
      html,
      `<p>Get the key <a href="/data/key.asc">here${note('key.asc')}</a>. ` +
        `<a href="/2011/04/27/manually-classifying-cifar10/">Read  More${note('manually classifying cifar10')}</a> ` +
        `<a href="/notes/old_page.html">this${note('old page')}</a> ` +
        `<a href="/">here${note('home page')}</a></p>`,
    )
  })
  it('under a base path, the site root is still the home page', async () => {
    const { html } = await renderMd('[here](/) and [here](/posts/)', '/blog')
    assert.equal(
      html,
      `<p><a href="/blog/">here${note('home page')}</a> and <a href="/blog/posts/">here${note('posts')}</a></p>`,
    )
  })
  it('are left alone when the text is descriptive, or the link is not to a page or file', async () => {
    const { html } = await renderMd(
      '[the key](/data/key.asc) [here](#top) [here](mailto:a@example.org) [here](https://x.org/)',
    )
    assert.equal(
      html,
      '<p><a href="/data/key.asc">the key</a> <a href="#top">here</a> ' +
        '<a href="mailto:a@example.org">here</a> ' +
        '<a href="https://x.org/" class="external">here<span class="visually-hidden" data-pagefind-ignore=""> (external link)</span></a></p>',
    )
  })
})

/** site.yaml with an analytics block, loaded through the real loader. */
function siteWith(analytics: string): {
  issues: string[]
  site?: ReturnType<typeof loadSiteConfig>
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'))
  fs.writeFileSync(
    path.join(dir, 'site.yaml'),
    `title: T\ndescription: D\nurl: https://example.org\nauthor:\n  name: A\nnav:\n  - title: Home\n    url: /\n${analytics}`,
  )
  const list = new IssueList()
  const site = loadSiteConfig(dir, list)
  return {
    site,
    issues: list.items.map((i) => formatIssue({ ...i, file: 'site.yaml' })),
  }
}

describe('analytics in site.yaml', () => {
  it('is off when absent', () => {
    const { site, issues } = siteWith('')
    assert.deepEqual(issues, [])
    assert.equal(site?.analytics, undefined)
  })

  it('accepts each provider and gives the CSP exactly its hosts', () => {
    const ga4 = siteWith('analytics:\n  provider: ga4\n  id: G-ABC123\n').site!.analytics!
    const setup = analyticsSetup(ga4, '/ga4.js')
    assert.deepEqual(
      setup.scripts.map((s) => s.src),
      ['/ga4.js', 'https://www.googletagmanager.com/gtag/js?id=G-ABC123'],
    )
    const csp = metaContentSecurityPolicy([], setup.csp)
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' https:\/\/www\.googletagmanager\.com;/)
    assert.match(csp, /connect-src 'self' https:\/\/\*\.google-analytics\.com/)
    // The header leaves scripts to the page, but carries the hosts the provider connects to.
    const header = headerContentSecurityPolicy(setup.csp)
    assert.doesNotMatch(header, /script-src/)
    assert.match(header, /connect-src 'self' https:\/\/\*\.google-analytics\.com/)
    const plausible = siteWith(
      'analytics:\n  provider: plausible\n  id: example.org\n  src: https://stats.example.org/js/script.js\n',
    ).site!.analytics!
    assert.deepEqual(analyticsSetup(plausible, '').csp['script-src'], ['https://stats.example.org'])
    assert.deepEqual(analyticsSetup(plausible, '').scripts[0]!.data, { domain: 'example.org' })
    assert.doesNotMatch(metaContentSecurityPolicy(), /googletagmanager|google-analytics/)
  })

  it('reports a wrong provider, id or key at its line and column', () => {
    assert.deepEqual(siteWith('analytics:\n  provider: matomo\n  id: x\n').issues, [
      'site.yaml:10:3: analytics.provider: expected provider: ga4, plausible, umami or goatcounter',
    ])
    assert.deepEqual(siteWith('analytics:\n  provider: ga4\n  id: UA-1234\n').issues, [
      'site.yaml:11:3: analytics.id: expected a GA4 measurement id such as G-ABC123XYZ',
    ])
    assert.match(
      siteWith(
        'analytics:\n  provider: umami\n  id: not-a-uuid\n  srcc: https://x.org/s.js\n',
      ).issues.join('\n'),
      /site\.yaml:11:3: analytics\.id: expected the Umami website id[\s\S]*site\.yaml:12:3: analytics: Unrecognized key: "srcc"/,
    )
  })
})

describe('preview images', () => {
  it('live under /og/ at the page’s path', () => {
    assert.equal(ogImagePath('/blog/2019/08/07/x/'), '/og/blog/2019/08/07/x.png')
    assert.equal(ogImagePath('/publications/key/'), '/og/publications/key.png')
  })

  it('name the site without emoji the font cannot draw', () => {
    assert.equal(cardSiteName('Perry Gibson 🍐'), 'Perry Gibson')
  })
})

describe('analytics in a build', () => {
  it('is loaded by production builds only', () => {
    const site = siteWith('analytics:\n  provider: goatcounter\n  id: mysite\n').site!
    const scripts = (mode: 'development' | 'production') =>
      inMode(
        mode,
        `const { siteAnalytics } = await import('@/lib/analytics')
        console.log(JSON.stringify(siteAnalytics(${JSON.stringify(site)})?.scripts ?? null))`,
      )
    assert.equal(scripts('development'), null)
    assert.deepEqual(scripts('production'), [
      {
        src: 'https://gc.zgo.at/count.js',
        data: { goatcounter: 'https://mysite.goatcounter.com/count' },
      },
    ])
  })
})
