import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { loadContent } from '@/lib/content'
import { frontMatterText, splitFrontMatter } from '@/lib/content/front-matter'
import { formatIssue, IssueList } from '@/lib/content/issues'

// The live content/ is whatever the site's owner (or a fork's) wrote: it must only load.
describe('the live content', () => {
  it('loads without errors', async () => {
    const { content, issues } = await loadContent('content')
    assert.deepEqual(issues.filter((i) => i.severity === 'error').map(formatIssue), [])
    assert.ok(content)
  })
})

// Behaviour, on the whole-site fixture (the author's content as it was in November 2026).
const FULL = 'tests/fixtures/full-site/content'

describe('the whole-site fixture', () => {
  it('loads without errors or warnings', async () => {
    const { content, issues } = await loadContent(FULL)
    assert.deepEqual(issues.map(formatIssue), [])
    assert.ok(content)
    assert.equal(content.site.title, 'Perry Gibson 🍐')
    assert.deepEqual(content.pages.map((p) => p.url).sort(), ['/', '/oss/', '/publications/'])
    assert.equal(content.oss?.contributions.length, 19)
    assert.equal(content.publications?.length, 13)
  })

  it("hands on every post's header before any body is prepared", async () => {
    let seen: { urls: string[]; title: string; prepared: boolean } | undefined
    const { content } = await loadContent(FULL, {
      onPostHeaders: (headers, site) => {
        seen = {
          urls: headers.map((h) => h.url).sort(),
          title: site.title,
          prepared: headers.some((h) => 'document' in h),
        }
      },
    })
    assert.ok(content && content.posts.length > 0)
    assert.deepEqual(seen, {
      urls: content.posts.map((p) => p.url).sort(),
      title: content.site.title,
      prepared: false,
    })
  })

  it('renders the About page with its characters repaired', async () => {
    const { content } = await loadContent(FULL)
    const about = content!.pages.find((p) => p.url === '/')!
    const html = JSON.stringify(about.document)
    assert.match(html, /José Cano Reyes/)
    assert.match(html, /learning📉/)
    assert.doesNotMatch(html, /Ã|ðŸ/)
  })
})

describe('the verbatim seed page', () => {
  it('builds, with warnings for mangled text and the malformed link', async () => {
    const { content, issues } = await loadContent('tests/fixtures/seed-site')
    assert.ok(content, 'warnings do not stop the build')
    const f = 'tests/fixtures/seed-site/pages/about.md'
    assert.deepEqual(issues.map(formatIssue), [
      `${f}:7:77: warning: "ðŸ“‰" looks double-encoded (UTF-8 read as Windows-1252); did you mean "📉"?`,
      `${f}:7:93: warning: "ðŸ”©" looks double-encoded (UTF-8 read as Windows-1252); did you mean "🔩"?`,
      `${f}:9:164: warning: "Ã©" looks double-encoded (UTF-8 read as Windows-1252); did you mean "é"?`,
      `${f}:31:2: warning: "ðŸ”’" looks double-encoded (UTF-8 read as Windows-1252); did you mean "🔒"?`,
      `${f}:16:40: warning: malformed link "/Posts": its destination "[/Publications](/posts)" contains Markdown link syntax (expected one URL, e.g. [/Posts](/path/))`,
    ])
  })
})

describe('bad content', () => {
  it('lists every problem in every file in one run, each at path:line:col', async () => {
    const { content, issues } = await loadContent('tests/fixtures/bad-content')
    assert.equal(content, undefined)
    const d = 'tests/fixtures/bad-content'
    assert.deepEqual(issues.map(formatIssue), [
      `${d}/pages/bad-yaml.md:2:17: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${d}/pages/escape.md:3:1: permalink "/../etc/passwd/" escapes its folder with "." or ".." (expected a plain path)`,
      `${d}/pages/fs-permalink.md:3:1: permalink "C:\\Users\\perry\\site\\" must start with "/" (expected a site path such as /about/)`,
      `${d}/pages/host-permalink.md:3:1: permalink "//evil.example/page/" points at another host (expected a site path such as /about/)`,
      `${d}/pages/latin1.md:5:4: file is not valid UTF-8 (expected UTF-8 text; re-save it with UTF-8 encoding)`,
      `${d}/pages/no-title.md:2:1: missing required field "title" (expected string)`,
      `${d}/pages/raw-script-url.md:7:4: <a href> uses a script or data URL "javascript:alert(1)" (expected an http(s), mailto or site-relative URL)`,
      `${d}/pages/unknown-tag.md:7:1: unknown Liquid tag "include" (supported here: raw, comment; wrap literal text in {% raw %}...{% endraw %})`,
      `${d}/posts/2024-01-01-mdx-error.mdx:7:1: MDX syntax error: Expected a closing tag for \`<div>\``,
      `${d}/posts/2024-01-02-unknown-component.mdx:7:1: unknown MDX component <Chart> (expected one of: Callout, Tabs, Tab)`,
      `${d}/posts/2024-01-03-wrong-type.md:3:1: tags: expected a list of tags or a space-separated string`,
      `${d}/posts/2024-01-03-wrong-type.md:4:1: draft: Invalid input: expected boolean, received string`,
      `${d}/posts/2024-01-04-script-link.md:5:1: link "click" uses a script or data URL "javascript:alert(1)" (expected an http(s), mailto or site-relative URL)`,
      `${d}/posts/2024-02-01-bad-date.md:3:1: date: "2024-02-30" is an impossible date (2024-02 has no day 30)`,
      `${d}/posts/2024-02-02-not-a-date.md:3:1: date: "next tuesday" is not a date (expected YYYY-MM-DD, optionally followed by HH:MM[:SS] and a zone such as +0100)`,
      `${d}/posts/2024-03-01-missing-image.md:7:1: image /assets/no-such-chart.png does not exist (expected a file under public/)`,
      `${d}/posts/2024-03-02-data-url.md:5:1: link "open" uses a script or data URL "data:text/html;base64,PHNjcmlwdD5hbGVydC" (expected an http(s), mailto or site-relative URL)`,
      `${d}/posts/2024-03-03-mojibake.md:5:6: warning: "Ã©" looks double-encoded (UTF-8 read as Windows-1252); did you mean "é"?`,
      `${d}/posts/2024-03-05-mdx-script-url.mdx:7:1: <a href> uses a script or data URL "javascript:alert(1)" (expected an http(s), mailto or site-relative URL)`,
      `${d}/publications.bib:5:1: BibTeX syntax error: Token mismatch, expected "}", found the end of the file (expected @type{key, field = {value}, ...})`,
      `${d}/publications.bib:3:1: duplicate BibTeX key "dup" (expected every entry to have its own key)`,
      `${d}/publications.bib:4:1: entry "undated" has no year (expected a year field such as year = {2024})`,
      `${d}/pages/index.md:3:1: URL / is already used by ${d}/pages/duplicate.md (expected every page and post to have its own URL)`,
      `${d}/posts/2024-03-04-redirect-clash.md:3:1: URL /unknown-tag/ is already used by ${d}/pages/unknown-tag.md (expected every page and post to have its own URL)`,
    ])
  })

  it('reports a missing or empty content folder, or a missing site.yaml, instead of crashing', async () => {
    const missing = await loadContent('tests/fixtures/no-such-folder')
    assert.deepEqual(missing.issues.map(formatIssue), [
      'tests/fixtures/no-such-folder:1:1: content folder does not exist (expected a folder with site.yaml and pages/; set CONTENT_DIR to use another)',
    ])
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-empty-'))
    const emptyIssues = (await loadContent(empty)).issues.map(formatIssue)
    fs.rmSync(empty, { recursive: true })
    assert.deepEqual(emptyIssues, [
      `${empty}:1:1: content folder is empty or not a folder (expected a folder with site.yaml and pages/; set CONTENT_DIR to use another)`,
    ])
    const noSite = await loadContent('tests/fixtures/bad-content/pages')
    assert.match(formatIssue(noSite.issues[0]!), /site\.yaml:1:1: cannot read file \(ENOENT\)/)
  })

  it('reports a PUBLIC_DIR that is not a folder (the build copied from it after Next.js, and crashed)', async () => {
    const before = process.env.PUBLIC_DIR
    process.env.PUBLIC_DIR = 'tests/fixtures/no-such-public'
    try {
      const { issues } = await loadContent('tests/fixtures/minimal-site')
      assert.deepEqual(
        issues.map(formatIssue).filter((i) => i.includes('no-such-public')),
        [
          `tests/fixtures/no-such-public:1:1: public folder does not exist or is not a folder (expected the folder PUBLIC_DIR names, or PUBLIC_DIR unset to use public/)`,
        ],
      )
    } finally {
      if (before === undefined) delete process.env.PUBLIC_DIR
      else process.env.PUBLIC_DIR = before
    }
  })
})

describe('a document a plugin cannot process', () => {
  it('is reported at its file, not as a crash', async () => {
    const { prepareDocument } = await import('@/lib/content/documents')
    const { IssueList } = await import('@/lib/content/issues')
    const issues = new IssueList()
    const liquid = { site: {}, page: { url: '/x/' }, siteUrl: 'https://x.org', basePath: '' }
    // A `page` whose url fails once, while the document is prepared, stands in for any plugin failure.
    let reads = 0
    Object.defineProperty(liquid.page, 'url', {
      get: () => {
        if (reads++ === 0) throw new Error('boom')
        return '/x/'
      },
    })
    await prepareDocument('content/pages/x.md', 'Text', 4, liquid, issues)
    assert.deepEqual(issues.items.map(formatIssue), [
      'content/pages/x.md:4:1: could not be processed: boom',
    ])
  })
})

describe('front matter', () => {
  it("is split by Jekyll's rule: a first line ---, closed by --- or ...", () => {
    assert.deepEqual(frontMatterText('---\ntitle: A\n---\nBody\n'), {
      yaml: '\ntitle: A',
      body: 'Body\n',
      bodyLine: 4,
    })
    assert.deepEqual(frontMatterText('---  \r\ntitle: A\r\n...\r\n\r\nBody'), {
      yaml: '  \r\ntitle: A\r',
      body: '\r\nBody',
      bodyLine: 4,
    })
    // An empty block, a closing line at the end of the file, and a rule that only looks alike.
    assert.deepEqual(frontMatterText('---\n---\nBody'), { yaml: '', body: 'Body', bodyLine: 3 })
    assert.deepEqual(frontMatterText('---\na: 1\n---'), { yaml: '\na: 1', body: '', bodyLine: 3 })
    assert.deepEqual(frontMatterText('---\na: 1\n----\nb: 2\n---\nBody').body, 'Body')
    // No front matter: the whole file is the body.
    assert.deepEqual(frontMatterText('----\nText'), { body: '----\nText', bodyLine: 1 })
    assert.deepEqual(frontMatterText('Text\n---\n'), { body: 'Text\n---\n', bodyLine: 1 })
  })

  it('that is never closed is reported at its opening line', () => {
    const issues = new IssueList()
    assert.equal(splitFrontMatter('---\ntitle: A\n\nBody text\n', 'post.md', issues), undefined)
    assert.deepEqual(issues.items.map(formatIssue), [
      'post.md:1:1: the front matter opened here is never closed (expected a line "---" after its last key)',
    ])
  })
})
