import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { planImport } from '@/lib/import/jekyll-site'
import { SET_ASIDE_MIN_BYTES } from '@/lib/set-aside-body'
import { attr, elements, htmlFiles, parseHtml } from '../../scripts/output/html'
import { compareSites } from '../../scripts/jekyll-compare/compare'
import { formatDetails, formatSummary, summarize } from '../../scripts/jekyll-compare/format'
import { anySiteChecks } from '../e2e/any-site-checks'
import { crawl, recordCspViolations } from '../e2e/crawl'
import { expect, test } from '../e2e/fixtures'
import { CORPUS, prepare, type Prepared } from './prepare'

// Each real Jekyll site of the corpus moves in whole: it imports into an empty content folder and
// builds with no hand edits; Chromium finds every page answering with no console error and no
// policy violation; every URL Jekyll served still answers; and the page-by-page comparison with
// Jekyll's own output of the site finds nothing lost that is not explained. Then the checks every
// valid site passes (tests/e2e/any-site-checks.ts).
// CORPUS_SITES=minima,bamos runs some of them.
const SITES = (process.env.CORPUS_SITES ?? 'minima,karpathy,jalammar,bamos').split(',')
// Clear of the ports playwright.config.ts uses (E2E_PORT to E2E_PORT + 21), so both can run at once.
const FIRST_PORT = Number(process.env.E2E_PORT ?? 4173) + 30

// Files Jekyll writes from Sass and its plugins' templates: the site has its own stylesheets.
const GENERATED = /\.css(\.map)?$/

// Posts whose own scripts draw charts: a script each loads, and an element one draws. The page
// runs them only once a chart comes near the screen (lib/scripts-when-seen.js), so the first
// two, whose charts are further down, ask for none of them while they load.
const CHART_POSTS: Record<
  string,
  {
    path: string
    script: string
    drawn: string
    below: boolean
    viewport?: { width: number; height: number }
    /** A style the old site's stylesheet gave what the scripts draw (lib/import/theme-styles.ts). */
    styled?: { selector: string; property: string; value: string }
  }[]
> = {
  jalammar: [
    {
      path: '/visual-interactive-guide-basics-neural-networks/',
      script: '/js/simple_nn.js',
      drawn: '#training-one-chart svg',
      below: true,
    },
    {
      path: '/feedforward-neural-networks-visual-interactive/',
      script: '/js/sigmoid_graph.js',
      drawn: '#sigmoid-graph svg',
      below: true,
      // The curve is a path: without style.scss's `.sigmoid-line { fill: none }` its area is black.
      styled: { selector: '#sigmoid-graph .sigmoid-line', property: 'fill', value: 'none' },
    },
    // An ES module importing /js/explaining-app.js. On Lighthouse's phone screen the first chart's
    // container, empty until drawn, starts at the fold's very edge: that is not on screen yet.
    {
      path: '/explaining-transformers/',
      script: '/js/explaining-app.js',
      drawn: '#viz_piano_l1 svg',
      below: true,
      viewport: { width: 412, height: 823 },
    },
  ],
}

SITES.forEach((site, index) => {
  test.describe(site, () => {
    test.describe.configure({ mode: 'serial' })
    const port = FIRST_PORT + index
    const origin = `http://127.0.0.1:${port}`
    let prepared: Prepared
    let server: ChildProcess | undefined
    let plan: ReturnType<typeof planImport>
    // Scripts the import report flags as looking up an element the author commented out: they
    // threw on the old site too, and the report tells the author (lib/import/commented-targets.ts).
    let flagged: string[] = []
    const expectedScriptError = (stack: string) =>
      flagged.some((src) => stack.includes(`${origin}${src}:`))
    // Imported posts embed what they like from other sites: never fetched, and no failure.
    test.use({
      baseURL: origin,
      quietlyBlockedHosts: ['*'],
      // (A function is a fixture's body to Playwright: this one hands the check over.)
      expectedScriptError: async ({}, provide) => provide(expectedScriptError),
    })

    test.beforeAll(async () => {
      test.setTimeout(30 * 60_000)
      prepared = prepare(site)
      plan = planImport(path.join(CORPUS, site))
      flagged = plan.report.notes.flatMap((n) => (n.throwingScript ? [n.throwingScript] : []))
      const taken = await fetch(`${origin}/`).then(
        () => true,
        () => false,
      )
      if (taken) throw new Error(`port ${port} is in use: set E2E_PORT to a free range`)
      server = spawn(
        path.resolve('node_modules/.bin/tsx'),
        ['scripts/serve.ts', '--port', String(port), '--dir', prepared.out],
        // Its own process group: tsx runs the server in a child, and both must stop.
        { stdio: 'ignore', detached: true },
      )
      for (let i = 0; i < 100; i++) {
        try {
          if ((await fetch(`${origin}/`)).ok) return
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 200))
      }
      throw new Error(`the server for ${site} did not start`)
    })
    test.afterAll(() => {
      if (server?.pid) process.kill(-server.pid)
    })

    test('the comparison with Jekyll output finds no unexplained loss', () => {
      const config = fs.readFileSync(path.join(CORPUS, site, '_config.yml'), 'utf8')
      const url = /^url:\s*["']?(https?:\/\/[^"'\s]+)/m.exec(config)?.[1]
      const result = compareSites({
        siteDir: path.join(CORPUS, site),
        oldOut: prepared.jekyllOut,
        newOut: prepared.out,
        urls: plan.report.urls,
        origins: url ? [new URL(url).origin.replace(/^http:/, 'https:')] : [],
      })
      const summary = summarize(result)
      fs.writeFileSync(path.join(prepared.dir, 'compare.txt'), formatDetails(result))
      fs.writeFileSync(
        path.join(prepared.dir, 'compare-summary.json'),
        `${JSON.stringify({ ...summary, seconds: prepared.seconds }, null, 2)}\n`,
      )
      console.log(
        `${site}: ${formatSummary(summary)} (import ${prepared.seconds.import.toFixed(1)} s, build ${prepared.seconds.build.toFixed(1)} s)`,
      )
      const losses = result.pages.flatMap((p) =>
        p.differences
          .filter((d) => d.verdict === 'loss')
          .map((d) => `${p.old}: ${d.kind}: ${d.detail}`),
      )
      expect([...losses, ...result.missingFiles]).toEqual([])
      expect(summary.content).toBeGreaterThan(0)
    })
    test('long bodies were set aside from React and are whole in their pages', () => {
      // A page whose body is SET_ASIDE_MIN_BYTES or more got it after React (lib/set-aside-body.ts):
      // the build counts them, and no page keeps a placeholder.
      const counted = /Put the long bodies of (\d+) pages in after React/.exec(
        fs.readFileSync(prepared.buildLog, 'utf8'),
      )
      let long = 0
      for (const page of htmlFiles(prepared.out)) {
        const html = fs.readFileSync(path.join(prepared.out, page), 'utf8')
        expect(html, page).not.toContain('data-gibsonic-body')
        const bodies = [...elements(parseHtml(html))].filter((el) =>
          attr(el, 'class')?.split(/\s+/).includes('prose'),
        )
        if (
          bodies.some((el) => {
            const at = el.sourceCodeLocation!
            // (the checks' parse keeps no end tag's own span: the element ends with its end tag)
            const inner = html.slice(
              at.startTag!.endOffset,
              at.endOffset - `</${el.tagName}>`.length,
            )
            return Buffer.byteLength(inner) >= SET_ASIDE_MIN_BYTES
          })
        )
          long++
      }
      expect(Number(counted?.[1] ?? 0)).toBe(long)
    })

    test('every URL Jekyll served answers, as a page or a redirect to one', async () => {
      test.setTimeout(10 * 60_000)
      const files = (fs.readdirSync(prepared.jekyllOut, { recursive: true }) as string[])
        .map((f) => f.split(path.sep).join('/'))
        .filter((f) => fs.statSync(path.join(prepared.jekyllOut, f)).isFile())
        .filter((f) => !GENERATED.test(f) && f !== '404.html')
      const failing: string[] = []
      for (const file of files) {
        const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`
        // A file from a theme gem, not the site folder: the import never saw it (the comparison
        // names these).
        if (!fs.existsSync(path.join(CORPUS, site, file)) && !file.endsWith('.html')) continue
        const res = await fetch(`${origin}${encodeURI(url)}`)
        // serve.ts's clean URLs read an extensionless path (/script/build) as a page; GitHub Pages
        // and Vercel serve the file, which is in the export.
        if (
          res.status === 404 &&
          !path.extname(file) &&
          fs.existsSync(path.join(prepared.out, file))
        )
          continue
        if (res.status !== 200) {
          failing.push(`${url}: ${res.status}`)
          continue
        }
        if (!file.endsWith('.html')) continue
        const refresh = /<meta http-equiv="refresh" content="0; ?url=([^"]+)"/i.exec(
          await res.text(),
        )
        if (refresh) {
          const target = new URL(refresh[1]!.replace(/&amp;/g, '&'), `${origin}${url}`)
          const landed = await fetch(target.href)
          if (landed.status !== 200) failing.push(`${url} → ${target.pathname}: ${landed.status}`)
        }
      }
      expect(failing).toEqual([])
      expect(files.length).toBeGreaterThan(3)
    })

    test('every page answers in Chromium with no console error and no CSP violation', async ({
      page,
      request,
    }) => {
      test.setTimeout(15 * 60_000)
      const errors: string[] = []
      // Tests never use the network: what a page hot-links from other hosts (images, frames) is
      // not fetched, and its failing to load is not the page's error.
      await page.route(
        (url) => url.origin !== origin,
        (route) => route.abort(),
      )
      page.on('console', (m) => {
        const external = !m.location().url.startsWith(origin)
        if (m.type() === 'error' && !(external && m.text().startsWith('Failed to load resource')))
          errors.push(`${page.url()}: ${m.text()}`)
      })
      page.on('pageerror', (e) => {
        if (!expectedScriptError(e.stack ?? '')) errors.push(`${page.url()}: ${e.message}`)
      })
      const result = await crawl(page, request, '')
      const bad = [...result.statuses].filter(([, status]) => status >= 400)
      expect(bad).toEqual([])
      expect(result.failed).toEqual([])
      expect(result.cspViolations).toEqual([])
      expect(errors).toEqual([])
      expect(result.pages.length).toBeGreaterThan(3)
    })

    test("a chart post's scripts run once its chart is near, and the chart draws", async ({
      page,
    }) => {
      const posts = CHART_POSTS[site] ?? []
      test.skip(!posts.length, 'no chart posts')
      const csp = await recordCspViolations(page)
      const requested: string[] = []
      page.on('request', (r) => requested.push(new URL(r.url()).pathname))
      const screen = page.viewportSize()!
      for (const { path: url, script, drawn, below, viewport, styled } of posts) {
        requested.length = 0
        await page.setViewportSize(viewport ?? screen)
        await page.goto(url)
        // Loaded, and the browser idle twice over: the loader's own idle callback, asked for at
        // the load event, has come and gone.
        await page.evaluate(
          () => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done))),
        )
        if (below) {
          expect(requested, `${url} before scrolling`).not.toContain(script)
          await expect(page.locator('script[type="text/x-when-seen"]').first()).toBeAttached()
        }
        const chart = page.locator(drawn.split(' ')[0]!)
        await chart.scrollIntoViewIfNeeded()
        await expect(page.locator(drawn).first(), `${url}: ${drawn}`).toBeAttached({
          timeout: 30_000,
        })
        expect(requested, url).toContain(script)
        if (styled) {
          const element = page.locator(styled.selector).first()
          await expect(element).toBeAttached()
          expect(
            await element.evaluate(
              (el, p) => getComputedStyle(el).getPropertyValue(p),
              styled.property,
            ),
            `${url}: ${styled.selector} ${styled.property}`,
          ).toBe(styled.value)
        }
      }
      expect(csp).toEqual([])
    })

    // d3 draws black shapes and labels unless told otherwise: on the dark theme each drawing has
    // the light backing, and its axes (drawn in `currentColor`) the light theme's text colour.
    test('in the dark theme a chart is drawn on a light backing', async ({ page }) => {
      const [post] = CHART_POSTS[site] ?? []
      test.skip(!post, 'no chart posts')
      await page.emulateMedia({ colorScheme: 'dark' })
      await page.goto(post!.path)
      await page.locator(post!.drawn.split(' ')[0]!).scrollIntoViewIfNeeded()
      const svg = page.locator(post!.drawn).first()
      await expect(svg).toBeAttached({ timeout: 30_000 })
      const colours = await svg.evaluate((el) => {
        const style = getComputedStyle(el)
        const page = getComputedStyle(document.body).backgroundColor
        return { backing: style.backgroundColor, ink: style.color, page }
      })
      // The page itself is dark, the backing light, the ink dark.
      const luminance = (rgb: string) => {
        const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.map(Number)
        return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255
      }
      expect(luminance(colours.page), JSON.stringify(colours)).toBeLessThan(0.2)
      expect(luminance(colours.backing), JSON.stringify(colours)).toBeGreaterThan(0.8)
      expect(luminance(colours.ink), JSON.stringify(colours)).toBeLessThan(0.2)
    })

    // And everything any valid site must pass (axe in both themes, no JavaScript, feeds).
    anySiteChecks()
  })
})
