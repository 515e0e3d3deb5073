import type { Paragraph, Parent, PhrasingContent, Root, Text, ThematicBreak } from 'mdast'
import { setextUnderline } from 'micromark-core-commonmark'
import type { Construct, Event, Extension, TokenizeContext } from 'micromark-util-types'
import type { Processor } from 'unified'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { visit } from './visit'

/**
 * kramdown's setext headings and rules under a paragraph, where they differ from CommonMark's.
 * kramdown's paragraph runs on until a blank line or a line that starts one of a few blocks, and
 * a setext heading is a block of its own, tried only where a block may start:
 *
 * - a setext heading is one line of text and its underline, and it starts a block: at the start
 *   of the document or of a container, or after a blank line, an attribute list line or an
 *   end-of-block `^` (kramdown's block boundary). An underline under a paragraph of several
 *   lines, or under a line that follows another block directly (a heading, a fence), is a line
 *   of that paragraph: `a⏎b⏎===` is one paragraph, where CommonMark makes a heading of `a b`;
 * - a rule (`***`, `---`, `___`) does not end the paragraph above it either: it is a line of the
 *   paragraph (and so is the text under it), unless it also reads as a list item (`- - -`,
 *   `* * *`), which ends a paragraph in kramdown's GFM parser (Jekyll's).
 */

const DASH = 45
const EQUALS = 61

/** Whether the flow events up to `index` end at a kramdown block boundary. */
function afterBoundary(self: TokenizeContext, events: Event[], index: number): boolean {
  for (let i = index; i >= 0; i--) {
    const [kind, token] = events[i]!
    if (token.type === 'lineEnding' || token.type === 'linePrefix' || kind === 'enter') continue
    if (token.type === 'lineEndingBlank') return true
    // An attribute list (IAL) is a boundary; a definition (`{:name: .cls}`, an ALD) is not.
    if (token.type === 'kramdownAttributeLine')
      return !/^\s*\{:[\w-]+:/.test(self.sliceSerialize(token))
    // The end-of-block marker, as blocks.ts leaves it.
    if (token.type === 'htmlFlow') return self.sliceSerialize(token).trim() === '<!--^-->'
    return false
  }
  return true
}

const kramdownSetextUnderline: Construct = {
  ...setextUnderline,
  name: 'kramdownSetextUnderline',
  tokenize(this: TokenizeContext, effects, ok, nok) {
    const underline = setextUnderline.tokenize.call(this, effects, ok, nok)
    return (code) => {
      const events = this.events
      let content = events.length
      while (content--) {
        const [kind, token] = events[content]!
        if (kind === 'enter' && token.type === 'content') break
      }
      if (content < 0) return nok(code)
      if (this.now().line - events[content]![1].start.line !== 1) return nok(code)
      if (!afterBoundary(this, events, content - 1)) return nok(code)
      return underline(code)
    }
  },
}

export const kramdownSetextSyntax: Extension = {
  disable: { null: ['setextUnderline'] },
  flow: { [DASH]: kramdownSetextUnderline, [EQUALS]: kramdownSetextUnderline },
}

/** The line break and the rule's line (and the line break under it) as paragraph text. */
function ruleText(source: string, from: Point, rule: ThematicBreak, to: Point | undefined): Text {
  const { start, end } = rule.position!
  const line = source.slice(start.offset, end.offset).trim()
  return {
    type: 'text',
    value: to ? `\n${line}\n` : `\n${line}`,
    position: { start: from, end: to ?? end },
  }
}

/**
 * Rules right under a paragraph (on the next line) that kramdown reads as its text, with the
 * paragraph right under them: each such run becomes one paragraph.
 */
function mergeRules(tree: Root, source: string): void {
  visit(tree, (node) => {
    if (!('children' in node)) return
    const children = (node as Parent).children
    for (let i = 0; i < children.length; i++) {
      const paragraph = children[i]!
      if (paragraph.type !== 'paragraph' || !paragraph.position) continue
      for (;;) {
        const rule = children[i + 1]
        if (rule?.type !== 'thematicBreak' || !rule.position?.start.offset) break
        if (rule.position.start.line !== paragraph.position.end.line + 1) break
        // A list item's start (`- - -`) ends a paragraph in GFM: the rule stays one.
        if (/^[-*][ \t]/.test(source.slice(rule.position.start.offset))) break
        const next = children[i + 2]
        const joined =
          next?.type === 'paragraph' && next.position?.start.line === rule.position.end.line + 1
            ? next
            : undefined
        const text = ruleText(source, paragraph.position.end, rule, joined?.position!.start)
        const more: PhrasingContent[] = joined ? (joined as Paragraph).children : []
        paragraph.children.push(text, ...more)
        paragraph.position = {
          start: paragraph.position.start,
          end: joined ? joined.position!.end : rule.position.end,
        }
        children.splice(i + 1, joined ? 2 : 1)
      }
    }
  })
}

/** Remark plugin for `.md`: kramdown's setext headings and rules under paragraphs. */
export default function remarkKramdownSetext(this: Processor) {
  ;(this.data().micromarkExtensions ??= []).push(kramdownSetextSyntax)
  return (tree: Root, file: VFile) => mergeRules(tree, String(file.value))
}
