import type { Element, ElementContent, Root } from 'hast'
import { codeText } from 'micromark-core-commonmark'
import { markdownLineEndingOrSpace } from 'micromark-util-character'
import type { Construct, Extension, State, Token, TokenizeContext } from 'micromark-util-types'
import type { Processor } from 'unified'
import type { InlineCode } from 'mdast'
import type { CompileContext, Extension as FromMarkdownExtension } from 'mdast-util-from-markdown'
import type { VFile } from 'vfile'
import { CODE_THEMES, getHighlighter, PLAIN_LANGUAGES } from './code'
import { SKIP, visit } from './visit'

/**
 * kramdown's code spans, where they differ from CommonMark's:
 * - a single backtick with white space (or the start of the paragraph) before it and white space
 *   after it is a character, not an opening (`a ` b` is text where CommonMark makes a code span
 *   of ` b`);
 * - the content keeps its spaces inside single backticks (`` ` a ` `` is ` a `); inside longer
 *   runs one space goes at each end that has one (CommonMark takes one from both ends only when
 *   both have one).
 */
const kramdownCodeText: Construct = {
  ...codeText,
  name: 'kramdownCodeText',
  tokenize(this: TokenizeContext, effects, ok, nok) {
    const start = codeText.tokenize.call(this, effects, ok, nok)
    const before = this.previous
    if (before !== null && !markdownLineEndingOrSpace(before)) return start
    // The construct sees the backtick, then the character after it: a lone backtick before
    // white space is refused; any other second character leaves the construct on its own.
    return (code) => {
      const next = start(code)
      if (typeof next !== 'function') return next
      return ((second) => (markdownLineEndingOrSpace(second) ? nok(second) : next(second))) as State
    }
  },
}

// The content from the span as written (micromark has already taken CommonMark's padding off).
const codeSpanFromMarkdown: FromMarkdownExtension = {
  exit: {
    codeText(this: CompileContext, token: Token) {
      this.resume()
      const raw = this.sliceSerialize(token)
      let ticks = 0
      while (raw.charCodeAt(ticks) === 96) ticks++
      // Line endings become spaces, as in CommonMark (the same in the browser).
      let value = raw.slice(ticks, raw.length - ticks).replace(/\r?\n/g, ' ')
      if (ticks > 1) value = value.replace(/^ /, '').replace(/ $/, '')
      ;(this.stack[this.stack.length - 1] as InlineCode).value = value
      this.exit(token)
    },
  },
}

/** Remark plugin for `.md`: kramdown's lone backticks and code span spacing. */
export default function remarkKramdownCodeSpans(this: Processor) {
  const extension: Extension = { disable: { null: ['codeText'] }, text: { 96: kramdownCodeText } }
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(extension)
  ;(data.fromMarkdownExtensions ??= []).push(codeSpanFromMarkdown)
}

/**
 * Rehype plugin: a code span with a language (`` `x = 1`{:.language-ruby} ``) is highlighted,
 * as Jekyll's kramdown highlights it with Rouge: here with the code blocks' highlighter and both
 * themes' colours (code.ts). The span takes the theme's background, on which every token colour
 * meets WCAG AA. An unknown or plain language leaves it as it is; so does a `<code>` written as
 * HTML, which kramdown does not highlight either.
 */
export function rehypeCodeSpanHighlight() {
  return async (tree: Root, file: VFile) => {
    const source = String(file.value)
    const spans: [Element, string][] = []
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'pre') return SKIP
      if (node.tagName !== 'code') return
      const lang = languageOf(node)
      const start = node.position?.start.offset
      // Written in Markdown: a backtick where it starts; its content is only text.
      if (!lang || start === undefined || source[start] !== '`') return
      if (node.children.every((c) => c.type === 'text')) spans.push([node, lang])
    })
    if (!spans.length) return
    const hl = await getHighlighter()
    const loaded = new Set(hl.getLoadedLanguages())
    const themes = Object.values(CODE_THEMES).map((name) => hl.getTheme(name))
    const [light, dark] = themes as [(typeof themes)[number], (typeof themes)[number]]
    const style = `--shiki-light:${light.fg};--shiki-dark:${dark.fg};--shiki-light-bg:${light.bg};--shiki-dark-bg:${dark.bg}`
    for (const [code, lang] of spans) {
      if (!loaded.has(lang) || PLAIN_LANGUAGES.includes(lang)) continue
      const text = code.children.map((c) => (c.type === 'text' ? c.value : '')).join('')
      const root = hl.codeToHast(text, {
        lang,
        themes: CODE_THEMES,
        defaultColor: false,
        structure: 'inline',
      })
      code.children = root.children as ElementContent[]
      const classes = Array.isArray(code.properties.className) ? code.properties.className : []
      code.properties.className = [...classes, 'shiki']
      const own = typeof code.properties.style === 'string' ? `;${code.properties.style}` : ''
      code.properties.style = style + own
    }
  }
}

function languageOf(code: Element): string | undefined {
  const classes = Array.isArray(code.properties.className) ? code.properties.className : []
  return classes
    .map(String)
    .find((c) => c.startsWith('language-'))
    ?.slice('language-'.length)
}
