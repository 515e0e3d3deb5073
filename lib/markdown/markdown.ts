import type { Comment, Element, Properties, Root } from 'hast'
import type { Code, Nodes, Parents } from 'mdast'
import { defaultHandlers, type Handlers, type Raw, type State } from 'mdast-util-to-hast'
import rehypeRaw from 'rehype-raw'
import remarkGfm from 'remark-gfm'
import { defListHastHandlers, remarkDefinitionList } from 'remark-definition-list'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { h } from 'hastscript'
import { unified } from 'unified'
import { EXIT, visit } from './visit'
import './micromark-edits'
import type { VFile } from 'vfile'
import remarkAttributeLines from './attribute-lines'
import remarkKramdownAttributes from './kramdown'
import remarkKramdownLists, { defListDescription, listItem } from './lists'
import remarkKramdownListMarkers from './list-markers'
import remarkKramdownEscapes from './escapes'
import remarkKramdownLineBreaks from './line-breaks'
import remarkKramdownCodeSpans from './code-spans'
import remarkKramdownEmphasis from './emphasis'
import remarkKramdownLinks, { linkHandlers } from './links'
import remarkKramdownHtmlStarts from './html-starts'
import remarkKramdownSetext from './setext-headings'
import remarkKramdownLazyQuotes from './lazy-quotes'
import { remarkKramdownBlocks, scanBlocks } from './blocks'
import { remarkSpanExtensions } from './span-extensions'
import remarkSpanHtml from './span-html'
import remarkKramdownImageAlt from './image-alt'
import { parseInChunks } from './chunked-parse'
import {
  JEKYLL_KRAMDOWN_DEFAULTS,
  mergeKramdownOptions,
  type KramdownOptions,
} from './kramdown-options'
import remarkKramdownAbbreviations from './abbreviations'
import remarkKramdownFootnotes from './footnotes'
import remarkHardWrap from './hard-wrap'
import remarkCjkLineBreaks from './cjk-line-breaks'
import remarkHtmlDepth from './html-depth'
import remarkIndentedCodeEnd from './indented-code'
import remarkKramdownTypography from './typography'
import { remarkHeaderOffset } from './headings'
import { remarkKramdownMath, remarkProseDollars } from './math'
import { rehypeTransforms, remarkTransforms } from './plugins'
import { remarkNoGfmTables } from './tables'
import { rehypePointOffsets } from './positions'
import rehypeHtmlToNative from './html-to-native'

/**
 * Rehype plugin: rehype-raw re-parses the tree and drops `data`, where remark-rehype keeps a
 * fence's meta (`title="…" {2}`); as the `metastring` property the highlighter still finds it.
 */
function rehypeKeepFenceMeta() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const meta = node.tagName === 'code' ? node.data?.meta : undefined
      if (meta) node.properties.metastring = meta
    })
  }
}

const FOREIGN = new Set(['svg', 'math'])
// One whole comment, without `--` inside (the parser's special cases: `<!-->`, `<!--->`, `--!>`).
const COMMENT = /^<!--(?!-?>)(?:(?!--)[^])*-->$/

/**
 * rehype-raw, only where there is raw HTML to parse. It re-parses the whole tree through an HTML
 * parser (a 5 MiB post spent 3.5 s there with no raw HTML at all); a tree without raw nodes comes
 * out of it as it went in, less each node's `data`, which this drops the same way. Checked on
 * 461 Markdown files (the corpus sites, kramdown's suites, the fixtures, the content): the same
 * tree, HTML and messages either way; only positions are finer (the parser's are coarser).
 * GIBSONIC_HTML_REPARSE=always parses every tree, to compare (tests/unit/html-reparse.test.ts).
 */
function rehypeRawWhereNeeded() {
  const transform = rehypeRaw()
  return (tree: Root, file: VFile) => {
    let raw = false
    const comments: Raw[] = []
    visit(tree, (node) => {
      // A lone comment (`<!--more-->`) is a comment node, as the parser would make it.
      if (node.type === 'raw' && COMMENT.test(node.value)) return void comments.push(node)
      // Raw HTML to parse, or foreign content (SVG, MathML), whose attributes follow other rules.
      if (node.type !== 'raw' && !(node.type === 'element' && FOREIGN.has(node.tagName))) return
      raw = true
      return EXIT
    })
    if (raw || process.env.GIBSONIC_HTML_REPARSE === 'always') return transform(tree, file)
    for (const node of comments) {
      const comment = node as unknown as Comment
      comment.type = 'comment'
      comment.value = node.value.slice(4, -3)
    }
    // What the HTML parser's round trip would change: it keeps no `data`, merges adjacent text
    // nodes and notes the document's mode.
    visit(tree, (node) => {
      delete node.data
      // Attribute names among the properties (`class`, `data-date`, `hreflang`, as kramdown's
      // attribute lists give them) become property names, classes merged, as the parser makes them.
      // A `false` is no attribute, so the parser has none.
      if (node.type === 'element') {
        const properties = h(node.tagName, node.properties).properties
        for (const key in properties) if (properties[key] === false) delete properties[key]
        node.properties = properties
      }
      if (!('children' in node)) return
      const children = node.children as Array<(typeof node.children)[number]>
      for (let i = children.length - 1; i > 0; i--) {
        const [before, after] = [children[i - 1]!, children[i]!]
        if (before.type !== 'text' || after.type !== 'text') continue
        before.value += after.value
        if (before.position && after.position) before.position.end = after.position.end
        children.splice(i, 1)
      }
    })
    tree.data = { quirksMode: false }
    return undefined
  }
}

/**
 * remark-rehype handlers for what kramdown adds: definition lists (with the attributes an
 * attribute list gave them, which the package's handlers drop), list items with kramdown's
 * paragraphs (lists.ts) and code blocks whose attributes go on the `<pre>`, where kramdown puts
 * them.
 */
const kramdownHandlers: Handlers = {
  ...Object.fromEntries(
    Object.entries(defListHastHandlers).map(([type, given]) => {
      const handler = type === 'defListDescription' ? defListDescription(given) : given
      return [
        type,
        (state: State, node: Nodes, parent: Parents | undefined) =>
          state.applyData(node, handler(state, node, parent) as Element),
      ]
    }),
  ),
  ...linkHandlers,
  listItem,
  code(state, node: Code) {
    const pre = defaultHandlers.code(state, node)
    const props = (node.data as { preProperties?: Properties } | undefined)?.preProperties
    if (props) pre.properties = { ...pre.properties, ...props }
    return pre
  },
}

/**
 * The `.md` pipeline: CommonMark + GFM + math, raw HTML kept (Jekyll pages are full of it), kramdown
 * attribute lists, link checks and base-path-aware URLs. Liquid has already been expanded.
 * Returns a HTML syntax tree; problems are left as messages on `file`.
 */
export async function markdownToHast(
  file: VFile,
  basePath: string,
  kramdown: Partial<KramdownOptions> = {},
): Promise<Root> {
  const given: KramdownOptions = { ...JEKYLL_KRAMDOWN_DEFAULTS, ...kramdown }
  const source = String(file.value)
  const blocks = scanBlocks(source, given.parse_block_html)
  // `{::options}` lines apply to the whole document (kramdown: from that line on).
  const { options } = mergeKramdownOptions(given, blocks.options)
  for (const { line, values } of blocks.optionLines)
    for (const problem of mergeKramdownOptions(given, values).problems)
      file.message(`{::options}: ${problem}`, { line, column: 1 })
  file.value = blocks.text
  const processor = unified()
    .use(remarkParse)
    .use(remarkKramdownListMarkers)
    .use(remarkKramdownEscapes)
    .use(remarkKramdownLineBreaks)
    .use(remarkKramdownHtmlStarts)
    .use(remarkKramdownSetext)
    .use(remarkKramdownLazyQuotes)
    .use(remarkGfm)
    .use(remarkNoGfmTables)
    // After remark-gfm, whose own exit for code spans (`\|` in a table) this one replaces.
    .use(remarkKramdownCodeSpans)
    .use(remarkDefinitionList)
    .use(remarkAttributeLines)
    .use(remarkMath)
    .use(remarkKramdownBlocks, blocks)
    .use(remarkSpanHtml, options)
    .use(remarkSpanExtensions, blocks.spans)
    .use(remarkKramdownEmphasis)
    .use(remarkHtmlDepth)
    // After the depth check: its tree walks are recursive.
    .use(remarkKramdownLinks, options)
    .use(remarkKramdownImageAlt)
    .use(remarkIndentedCodeEnd)
    .use(remarkKramdownAttributes)
    .use(remarkKramdownMath, options)
    .use(remarkProseDollars, { kramdown: true })
    .use(remarkKramdownLists)
    .use(remarkKramdownTypography, options)
    .use(remarkKramdownFootnotes, options)
    .use(remarkKramdownAbbreviations, blocks)
    .use(remarkHardWrap, options)
    .use(remarkCjkLineBreaks, options)
    .use(remarkHeaderOffset, options)
    .use(remarkTransforms)
    .use(remarkRehype, { allowDangerousHtml: true, handlers: kramdownHandlers })
    .use(rehypeKeepFenceMeta)
    .use(rehypePointOffsets)
    .use(rehypeRawWhereNeeded)
    .use(rehypeHtmlToNative, { ...options, source })
    .use(rehypeTransforms(basePath, options))
  return (await processor.run(parseInChunks(processor, file, blocks.regions), file)) as Root
}
