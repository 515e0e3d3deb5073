import rehypeShikiFromHighlighter from '@shikijs/rehype/core'
import { transformerMetaHighlight } from '@shikijs/transformers'
import type { Element, Root } from 'hast'
import { createHighlighter, type Highlighter, type ShikiTransformer } from 'shiki'
import { GRAMMARS, LANGUAGE_ALIASES } from './grammars'
import { markWhitespace, SHOW_WHITESPACES } from './show-whitespace'
import { visit } from './visit'
import type { VFile } from 'vfile'

/**
 * The languages a post may name on a fence (their aliases, such as `ts`, `sh` or `py`, come with
 * them). Loading a fixed list keeps the highlighter small and fast; anything else is plain text.
 */
const LANGUAGES = [
  'typescript',
  'tsx',
  'javascript',
  'jsx',
  'json',
  'bash',
  'shellsession',
  'python',
  'c',
  'cpp',
  'rust',
  'go',
  'java',
  'yaml',
  'toml',
  'html',
  'css',
  'diff',
  'markdown',
  'llvm',
  'cmake',
  'docker',
  'sql',
] as const

/**
 * Every token colour of both themes meets WCAG AA (4.5:1) on the theme's background and on the
 * highlighted-line colours in globals.css. GitHub's default light theme does not on any tint
 * (its comments are 4.55:1 on white), hence its high-contrast variant.
 */
export const CODE_THEMES = {
  light: 'github-light-high-contrast',
  dark: 'github-dark-default',
} as const

/** Language names that mean no highlighting. */
export const PLAIN_LANGUAGES = ['text', 'plaintext', 'txt', 'plain']

let highlighter: Promise<Highlighter> | undefined

/** One highlighter per process: creating it costs far more than highlighting a block. */
export function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: Object.values(CODE_THEMES),
    langs: [...LANGUAGES, ...GRAMMARS],
    langAlias: LANGUAGE_ALIASES,
  })
  return highlighter
}

const LANGUAGE_CLASS = 'language-'

/** The fence's language, read from the `language-*` class remark-rehype puts on `<code>`. */
function fenceLanguage(pre: Element): { code: Element; lang: string } | undefined {
  const code = pre.children[0]
  if (code?.type !== 'element' || code.tagName !== 'code') return undefined
  const classes = Array.isArray(code.properties.className) ? code.properties.className : []
  const lang = classes.map(String).find((c) => c.startsWith(LANGUAGE_CLASS))
  return lang ? { code, lang: lang.slice(LANGUAGE_CLASS.length) } : undefined
}

/** `title="lib/x.ts"` (or single quotes) in a fence's meta string. */
export function metaTitle(meta: string | undefined): string | undefined {
  return /\btitle=(?:"([^"]*)"|'([^']*)')/
    .exec(meta ?? '')
    ?.slice(1)
    .find((t) => t !== undefined)
}

/**
 * Wraps each highlighted block so the title (if any) sits above it and the page can add a copy
 * button after it (components/code/CodeBlock.tsx): `<figure class="code-block"><figcaption>title</figcaption><pre>…` or,
 * without a title, `<div class="code-block"><pre>…`.
 */
const transformerCodeBlock: ShikiTransformer = {
  name: 'gibsonic:code-block',
  root(root) {
    const title = metaTitle(this.options.meta?.__raw)
    const caption: Element[] = title
      ? [
          {
            type: 'element',
            tagName: 'figcaption',
            properties: { className: ['code-title'] },
            children: [{ type: 'text', value: title }],
          },
        ]
      : []
    return {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: title ? 'figure' : 'div',
          properties: { className: ['code-block'] },
          children: [...caption, ...(root.children as Element[])],
        },
      ],
    }
  },
}

/**
 * Rehype plugin: fenced code is highlighted at build time with both themes' colours as CSS
 * variables (`--shiki-light`, `--shiki-dark`), so globals.css switches them with the colour scheme
 * and no highlighter reaches the browser. `{2,4-5}` in the meta marks lines, `title="…"` adds a
 * title. An unknown language is a warning and the block is shown as plain text.
 */
export default function rehypeCode() {
  return async (tree: Root, file: VFile) => {
    const hl = await getHighlighter()
    const loaded = new Set(hl.getLoadedLanguages())
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'pre') return
      const fence = fenceLanguage(node)
      if (!fence || loaded.has(fence.lang) || PLAIN_LANGUAGES.includes(fence.lang)) return
      file.message(
        `unknown code language "${fence.lang}", shown as plain text (expected one of: ${[...LANGUAGES, ...GRAMMARS.map((g) => g.name), ...Object.keys(LANGUAGE_ALIASES), 'text'].join(', ')})`,
        node,
      )
    })
    // Attributes the author gave a block (a kramdown attribute list, or a raw `<pre>`) are put
    // back on the `<pre>` Shiki makes in its place, in document order.
    const own: Element['properties'][] = []
    const plain: boolean[] = []
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'pre' || !isCode(node.children[0])) return
      own.push(node.properties)
      plain.push(!fenceLanguage(node))
    })
    rehypeShikiFromHighlighter(hl, {
      themes: CODE_THEMES,
      defaultColor: false,
      defaultLanguage: 'text',
      fallbackLanguage: 'text',
      // rehypeFocusableScroll gives every scrolling block its tabindex.
      tabindex: false,
      // Shiki stops tokenizing a line after 500 ms by default and colours the rest differently;
      // on a busy machine that made two builds of the same post differ. No limit: reproducible.
      tokenizeTimeLimit: 0,
      transformers: [transformerMetaHighlight(), transformerCodeBlock],
    })(tree, file, () => {})
    const made: Element[] = []
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'pre' && classList(node).includes('shiki')) made.push(node)
    })
    if (made.length !== own.length) return
    made.forEach((pre, i) => {
      if (!Object.keys(own[i]!).length) return
      const { className, ...rest } = own[i]!
      const classes = Array.isArray(className) ? className.map(String) : []
      const classNames = [...classList(pre), ...classes]
      delete pre.properties.class
      pre.properties = { ...pre.properties, ...rest, className: classNames }
      if (plain[i] && classes.includes(SHOW_WHITESPACES)) markWhitespace(pre)
    })
  }
}

/** Shiki writes `class` as a string, hast `className` as a list. */
function classList(node: Element): string[] {
  const c: unknown = node.properties.className ?? node.properties.class
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : []
}

function isCode(node: Element['children'][number] | undefined): boolean {
  return node?.type === 'element' && node.tagName === 'code'
}
