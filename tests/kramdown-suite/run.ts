import fs from 'node:fs'
import path from 'node:path'
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { toString } from 'hast-util-to-string'
import { VFile } from 'vfile'
import { parse as parseYaml } from 'yaml'
import { mergeKramdownOptions, JEKYLL_KRAMDOWN_DEFAULTS } from '@/lib/markdown/kramdown-options'
import { markdownToHast } from '@/lib/markdown/markdown'
import { visit } from '@/lib/markdown/visit'

/**
 * Runs kramdown's own test cases (../shared/corpus/kramdown, beside the clone) through the
 * site's `.md` pipeline and compares the HTML with kramdown's.
 *
 * Which cases: every `NAME.text` of both suites that has a `NAME.html` (the others test the
 * LaTeX, man-page or kramdown converters).
 *
 * Which options: Jekyll 4's defaults (GFM input, hard_wrap false, smart quotes, footnote_nr 1,
 * ...), then what the case's `.options` file sets (or, without one, its folder's `options`
 * file, as kramdown's test runner reads them). One exception: kramdown's test runners generated
 * the expected files of cases without any options file with `auto_ids: false`, so those cases
 * run that way too (Jekyll's ids are tested on real sites elsewhere).
 *
 * Scripts: a case renders as a post allowed to run scripts (`scripts: true`, with `content.scripts`
 * in site.yaml), since some cases' expected HTML holds a `<script>`; every other content check
 * (script and data URLs, a script from another host) still applies.
 *
 * Images: a case's images do not exist. The site reports a missing image as an error, which is
 * right for a post; here the case still renders, and that error is the one message ignored.
 *
 * The normalisation, applied to both sides before comparing serialised trees:
 * - HTML is parsed, so entities, `<br />` vs `<br>`, quoting and attribute order do not matter
 *   (attributes are sorted, class names too);
 * - whitespace: runs of white space outside `<pre>` become one space, white space at the start
 *   and end of a block and between blocks is dropped;
 * - highlighting: a code block is `<pre><code>` with its text; kramdown's and Rouge's wrappers
 *   (`div.highlighter-rouge`, `div.highlight`) and the site's (`div.code-block`, Shiki's spans,
 *   styles and classes) are removed; the attributes an author gave the block stay; likewise a
 *   highlighted code span (`<code>` outside `<pre>` with Rouge's `highlighter-rouge` class or the
 *   site's `shiki` class) is its text, without those classes and the site's style (its language
 *   class, given by the author, stays);
 * - math: kramdown (math engine MathJax) writes `\(…\)` and `\[…\]` as text; the site's KaTeX
 *   output compares as the same text made from its TeX annotation;
 * - the site's heading-order repair (a heading that skips a level is shown one level lower) is
 *   undone: headings compare at the level the author wrote;
 * - the site's decorations: heading anchors, the screen-reader labels ("(external link)", the
 *   destination of a link whose text is "here"), `class="external"` and `rel` on links, the
 *   trailing slash the site gives a site-relative page link (`/a/b` is `/a/b/`: every page is a
 *   folder), `tabindex="0"` on scrollable blocks, image `loading`/
 *   `fetchpriority`/`decoding`/`width`/`height` and the `<picture>` around them, an iframe's
 *   `loading`, the `<label>` around a task's checkbox and text (with the space before the text)
 *   and GFM's `contains-task-list` class beside kramdown's.
 */

export const CORPUS = path.resolve(process.cwd(), '..', 'shared', 'corpus', 'kramdown')
const SUITES = [
  { name: 'kramdown', dir: path.join(CORPUS, 'kramdown', 'test', 'testcases') },
  { name: 'parser-gfm', dir: path.join(CORPUS, 'parser-gfm', 'test', 'testcases') },
]

export interface SuiteCase {
  /** `suite/folder/name`, e.g. `kramdown/span/04_footnote/footnote_nr`. */
  id: string
  /** The feature folder, e.g. `kramdown/span/04_footnote`. */
  folder: string
  base: string
}

export function listCases(): SuiteCase[] {
  const cases: SuiteCase[] = []
  for (const suite of SUITES) {
    const walk = (dir: string) => {
      for (const entry of fs
        .readdirSync(dir, { withFileTypes: true })
        .sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (entry.name.endsWith('.text') && fs.existsSync(full.replace(/\.text$/, '.html'))) {
          const rel = path.relative(suite.dir, full).replace(/\.text$/, '')
          const folder = path.dirname(rel)
          cases.push({
            id: `${suite.name}/${rel}`,
            folder: folder === '.' ? suite.name : `${suite.name}/${folder}`,
            base: full.replace(/\.text$/, ''),
          })
        }
      }
    }
    walk(suite.dir)
  }
  return cases
}

export interface CaseResult {
  id: string
  folder: string
  pass: boolean
  expected: string
  actual: string
  /** A fatal message other than a missing image, or an exception. */
  error?: string
}

function caseOptions(base: string): Record<string, unknown> {
  // As kramdown's test runner: the case's options file, else its folder's `options` file, else
  // `auto_ids: false`.
  const own = `${base}.options`
  const file = fs.existsSync(own) ? own : path.join(path.dirname(base), 'options')
  if (!fs.existsSync(file)) return { auto_ids: false }
  return (parseYaml(fs.readFileSync(file, 'utf8')) as Record<string, unknown> | null) ?? {}
}

export async function runCase(c: SuiteCase): Promise<CaseResult> {
  const text = fs.readFileSync(`${c.base}.text`, 'utf8')
  const expectedHtml = fs.readFileSync(`${c.base}.html`, 'utf8')
  const { options } = mergeKramdownOptions(JEKYLL_KRAMDOWN_DEFAULTS, caseOptions(c.base))
  const expected = normalise(fromHtml(expectedHtml, { fragment: true }))
  try {
    // Without a page URL, relative links stay as written.
    const file = new VFile({ path: 'case.md', value: text })
    file.data.scripts = true
    const tree = await markdownToHast(file, '', options)
    const fatal = file.messages.find(
      (m) =>
        m.fatal &&
        !/^image .* (does not exist|leads outside the content and public folders)/.test(m.reason),
    )
    // Headings at the level the author wrote: the site shows a heading that skips a level one level
    // lower (lib/markdown/heading-order.ts), an accessibility repair that kramdown does not make.
    visit(tree, 'element', (el: Element) => {
      const written = (el.data as { writtenLevel?: number } | undefined)?.writtenLevel
      if (written) el.tagName = `h${written}`
    })
    // Serialised and parsed again, as a browser would read the page.
    const actual = normalise(fromHtml(toHtml(tree), { fragment: true }))
    return {
      id: c.id,
      folder: c.folder,
      pass: !fatal && actual === expected,
      expected,
      actual,
      error: fatal?.reason,
    }
  } catch (err) {
    return { id: c.id, folder: c.folder, pass: false, expected, actual: '', error: String(err) }
  }
}

const BLOCK = new Set(
  'address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th thead tr ul math'.split(
    ' ',
  ),
)

function classes(el: Element): string[] {
  const c = el.properties.className
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? String(c).split(/\s+/) : []
}

function text(value: string): ElementContent {
  return { type: 'text', value }
}

/** The TeX a KaTeX rendering was made from. */
function katexSource(el: Element): string {
  let tex = ''
  const find = (node: ElementContent) => {
    if (node.type !== 'element') return
    if (node.tagName === 'annotation') tex = toString(node)
    else node.children.forEach(find)
  }
  find(el)
  return tex.replace(/[ \t\n\r\f]+/g, ' ').trim()
}

function normaliseChildren(
  children: (RootContent | ElementContent)[],
  inPre: boolean,
): ElementContent[] {
  const out: ElementContent[] = []
  for (const child of children) {
    if (child.type === 'comment') {
      out.push(child)
      continue
    }
    if (child.type === 'text') {
      out.push(inPre ? child : text(child.value.replace(/[ \t\n\r\f]+/g, ' ')))
      continue
    }
    if (child.type !== 'element') continue
    const el = child
    const cls = classes(el)
    // Site decorations that kramdown does not make.
    if (
      cls.includes('heading-anchor') ||
      (cls.includes('visually-hidden') && el.tagName === 'span')
    )
      continue
    if (cls.includes('katex-display')) {
      out.push(text(`\\[${katexSource(el)}\\]`))
      continue
    }
    if (cls.includes('katex')) {
      out.push(text(`\\(${katexSource(el)}\\)`))
      continue
    }
    if (el.tagName === 'label' && classes(el).length === 0 && isTaskLabel(el)) {
      const [box, first, ...rest] = el.children
      const lead =
        first?.type === 'text' ? [text(first.value.replace(/^\s+/, ''))] : first ? [first] : []
      out.push(...normaliseChildren([box!, ...lead, ...rest], inPre))
      continue
    }
    if (el.tagName === 'picture') {
      out.push(
        ...normaliseChildren(
          el.children.filter((c) => c.type === 'element' && c.tagName === 'img'),
          inPre,
        ),
      )
      continue
    }
    // Highlighting wrappers: kramdown/Rouge's and the site's.
    if (
      el.tagName === 'div' &&
      (cls.includes('highlighter-rouge') || cls.includes('highlight') || cls.includes('code-block'))
    ) {
      out.push(...normaliseChildren(el.children, inPre))
      continue
    }
    if (el.tagName === 'pre') {
      out.push(normalisePre(el))
      continue
    }
    if (
      el.tagName === 'code' &&
      !inPre &&
      (cls.includes('highlighter-rouge') || cls.includes('shiki'))
    ) {
      out.push(normaliseCodeSpan(el))
      continue
    }
    out.push({
      ...el,
      properties: normaliseProperties(el),
      children: normaliseChildren(el.children, inPre),
    })
  }
  return trimBlocks(out)
}

/** The site's `<label>` around a task list item's checkbox. */
function isTaskLabel(el: Element): boolean {
  const box = el.children[0]
  return box?.type === 'element' && box.tagName === 'input' && box.properties.type === 'checkbox'
}

function normalisePre(pre: Element): Element {
  const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code')
  const props = normaliseProperties(pre)
  for (const key of Object.keys(props)) if (key === 'style' || key === 'tabIndex') delete props[key]
  const own = classes(pre).filter(
    (c) => !/^(shiki|highlight)$/.test(c) && !/^(shiki|github|language)-/.test(c),
  )
  if (own.length) props.className = own.sort()
  else delete props.className
  // The site's highlighter drops the final line break that kramdown keeps.
  const body = toString(code ?? pre).replace(/\n$/, '')
  return {
    type: 'element',
    tagName: 'pre',
    properties: props,
    children: [{ type: 'element', tagName: 'code', properties: {}, children: [text(body)] }],
  }
}

/** A code span without its highlighting: Rouge's (kramdown's) or Shiki's (the site's). */
function normaliseCodeSpan(code: Element): Element {
  const props = normaliseProperties(code)
  delete props.style
  const own = classes(code).filter((c) => c !== 'highlighter-rouge' && c !== 'shiki')
  if (own.length) props.className = own.sort()
  else delete props.className
  const body = toString(code).replace(/[ \t\n\r\f]+/g, ' ')
  return { ...code, properties: props, children: body ? [text(body)] : [] }
}

function normaliseProperties(el: Element): Element['properties'] {
  const props: Element['properties'] = {}
  for (const key of Object.keys(el.properties).sort()) {
    if (key === 'tabIndex' && el.properties[key] === 0) continue
    if (
      el.tagName === 'img' &&
      ['loading', 'fetchPriority', 'decoding', 'width', 'height'].includes(key)
    )
      continue
    if (el.tagName === 'iframe' && key === 'loading') continue
    if (el.tagName === 'a' && key === 'rel') continue
    if (el.tagName === 'a' && key === 'ariaLabel' && classes(el).includes('reversefootnote'))
      continue
    let value = el.properties[key]
    if (key === 'className') {
      const list = classes(el).filter(
        (c) => !(el.tagName === 'a' && c === 'external') && c !== 'contains-task-list',
      )
      if (!list.length) continue
      value = list.sort()
    }
    // The site's canonical page URL (every page is a folder): a trailing slash after a last
    // segment without a dot.
    if (el.tagName === 'a' && key === 'href' && typeof value === 'string')
      value = value.replace(/^(\/(?!\/)[^?#]*\/[^/?#.]+)\/(?=[?#]|$)/, '$1')
    props[key] = value
  }
  return props
}

/** Drops white space between blocks and at the edges of a block's content. */
function trimBlocks(nodes: ElementContent[]): ElementContent[] {
  const isBlock = (n: ElementContent | undefined) => n?.type === 'element' && BLOCK.has(n.tagName)
  const out: ElementContent[] = []
  nodes.forEach((node, i) => {
    if (node.type === 'text' && /^\s*$/.test(node.value)) {
      const prev = nodes[i - 1]
      const next = nodes[i + 1]
      if (!prev || !next || isBlock(prev) || isBlock(next)) return
    }
    out.push(node)
  })
  const first = out[0]
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '')
  const last = out.at(-1)
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '')
  // Text next to a block loses its white space on that side.
  out.forEach((node, i) => {
    if (node.type !== 'text') return
    if (isBlock(out[i - 1])) node.value = node.value.replace(/^\s+/, '')
    if (isBlock(out[i + 1])) node.value = node.value.replace(/\s+$/, '')
  })
  return out.filter((n) => n.type !== 'text' || n.value !== '')
}

/** An HTML fragment in the comparison's normal form. */
export function normaliseHtml(html: string): string {
  return normalise(fromHtml(html, { fragment: true }))
}

function normalise(tree: Root): string {
  const children = normaliseChildren(tree.children, false)
  return toHtml({ type: 'root', children }, { characterReferences: { useNamedReferences: false } })
    .replace(/>/g, '>\n')
    .trim()
}
