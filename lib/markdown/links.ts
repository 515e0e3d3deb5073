import type { Element, Properties } from 'hast'
import type { Definition, Link, LinkReference, Nodes, Parent, Root, RootContent, Text } from 'mdast'
import { defaultHandlers, type Handlers, type State } from 'mdast-util-to-hast'
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown'
import { decodeHTMLStrict } from 'entities'
import { markdownLineEnding } from 'micromark-util-character'
import type {
  Code,
  Construct,
  Extension,
  State as MicromarkState,
  TokenType,
} from 'micromark-util-types'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import type { KramdownOptions } from './kramdown-options'
import { kramdownInlineLinks } from './inline-links'
import { visit } from './visit'

/**
 * kramdown's links where they differ from CommonMark's:
 * - a link's URL is written into the HTML as the author wrote it (`with angle.html`), where
 *   CommonMark percent-encodes it (`with%20angle.html`);
 * - the attribute lists given to a link definition (`[id]: url` with `{: .cls}` on the line
 *   below or above) go on every link that uses it;
 * - an autolink (`<…>`) decodes the entities in its URL, shows `mailto:` URLs without the scheme,
 *   and takes e-mail addresses with non-ASCII letters (`<übung@example.de>`);
 * - inline links' URLs with spaces or unbalanced parentheses, a link in link text and an empty
 *   title (inline-links.ts).
 */

const LT = 60
const GT = 62
const LEFT_BRACKET = 91
// How micromark hands over a tab: its code, then one virtual space per column it spans after the first.
const TAB = -2
const VIRTUAL_SPACE = -1

/** A reference's name as micromark compares them: white space runs and case do not matter. */
const normalizeIdentifier = (name: string) =>
  name
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()

/** An e-mail address as kramdown takes it between `<` and `>`: letters of any script. */
const EMAIL = /^[\p{L}\p{N}_.-]+@[\p{L}\p{N}_.-]+$/u

/**
 * `<übung@example.de>`: an e-mail autolink with non-ASCII letters, which CommonMark's autolinks
 * refuse (the ASCII ones it reads as kramdown does).
 */
const unicodeEmailAutolink: Construct = {
  name: 'kramdownUnicodeEmailAutolink',
  tokenize(effects, ok, nok) {
    let address = ''
    const inside: MicromarkState = (code: Code) => {
      if (code === GT) {
        if (!EMAIL.test(address) || /^[\x00-\x7f]*$/.test(address)) return nok(code)
        effects.exit('autolinkEmail')
        effects.enter('autolinkMarker')
        effects.consume(code)
        effects.exit('autolinkMarker')
        effects.exit('autolink')
        return ok
      }
      if (code === null || code < 0 || code === LT || /[\s@]/.test(String.fromCharCode(code))) {
        if (code !== 64 || address.includes('@') || !address) return nok(code)
      }
      address += String.fromCharCode(code)
      effects.consume(code)
      return inside
    }
    return (code) => {
      effects.enter('autolink')
      effects.enter('autolinkMarker')
      effects.consume(code)
      effects.exit('autolinkMarker')
      effects.enter('autolinkEmail')
      return inside
    }
  },
}

/**
 * A link definition as kramdown reads it, on a line of its own (never inside a paragraph): the URL
 * may hold spaces (`[id]: some file.html`), is taken as written (no escapes), and is followed by
 * an optional title in matching quotes, on the same line or the next; anything else makes the line
 * text. Written as one pattern over the definition's text, which starts at its `[`.
 */
const DEFINITION =
  /^\[([^\]\n^][^\]\n]*)\]:([ \t]*)(?:<([^>\n]+)>|(\S+(?:[ \t]+[^\s"'][^ \t\n]*)*?))(?:([ \t]+|[ \t]*\n[ \t]*)(["'])(.+)\6)?([ \t]*)$/d

const RAW = [
  'definitionDestination',
  'definitionDestinationRaw',
  'definitionDestinationString',
  'data',
]

type Step = [at: number, kind: 'enter' | 'exit', type: string]

/** The tokens of a definition that `DEFINITION` matched in `text`, by character offsets. */
type Match = RegExpExecArray & { indices: [number, number][] }

function definitionSteps(m: Match): Step[] {
  const steps: Step[] = []
  const span = (type: string, [from, to]: [number, number], inner?: string) => {
    if (from === to) return
    steps.push([from, 'enter', type])
    if (inner) steps.push([from, 'enter', inner], [to, 'exit', inner])
    steps.push([to, 'exit', type])
  }
  const space = (text: string, [from]: [number, number]) => {
    let at = from
    for (const part of text.split(/(\n)/)) {
      span(part === '\n' ? 'lineEnding' : 'whitespace', [at, at + part.length])
      at += part.length
    }
  }
  const ix = m.indices
  const end = m[0].length
  const labelEnd = ix[1]![1]
  steps.push([0, 'enter', 'definition'], [0, 'enter', 'definitionLabel'])
  span('definitionLabelMarker', [0, 1])
  span('definitionLabelString', ix[1]!, 'data')
  span('definitionLabelMarker', [labelEnd, labelEnd + 1])
  steps.push([labelEnd + 1, 'exit', 'definitionLabel'])
  span('definitionMarker', [labelEnd + 1, labelEnd + 2])
  space(m[2]!, ix[2]!)
  if (m[3] !== undefined) {
    const [from, to] = ix[3]!
    steps.push([from - 1, 'enter', 'definitionDestination'])
    steps.push([from - 1, 'enter', 'definitionDestinationLiteral'])
    span('definitionDestinationLiteralMarker', [from - 1, from])
    span('definitionDestinationString', [from, to], 'data')
    span('definitionDestinationLiteralMarker', [to, to + 1])
    steps.push([to + 1, 'exit', 'definitionDestinationLiteral'])
    steps.push([to + 1, 'exit', 'definitionDestination'])
  } else {
    const [from, to] = ix[4]!
    for (const type of RAW) steps.push([from, 'enter', type])
    for (const type of [...RAW].reverse()) steps.push([to, 'exit', type])
  }
  if (m[7] !== undefined) {
    space(m[5]!, ix[5]!)
    const [from, to] = ix[7]!
    steps.push([from - 1, 'enter', 'definitionTitle'])
    span('definitionTitleMarker', [from - 1, from])
    span('definitionTitleString', [from, to], 'data')
    span('definitionTitleMarker', [to, to + 1])
    steps.push([to + 1, 'exit', 'definitionTitle'])
  }
  space(m[8]!, ix[8]!)
  steps.push([end, 'exit', 'definition'])
  return steps
}

/** A character as the text the pattern reads; a tab's virtual spaces are part of the tab. */
function charOf(code: Code): string {
  if (code === null || code === VIRTUAL_SPACE) return ''
  if (code === TAB) return '\t'
  if (markdownLineEnding(code)) return '\n'
  return String.fromCodePoint(code)
}

const SCAN = 'kramdownDefinitionScan' as TokenType

const kramdownDefinition: Construct = {
  name: 'kramdownDefinition',
  tokenize(effects, ok, nok) {
    // What the scan found: the definition's codes and its tokens, by index into them.
    let taken: Code[] = []
    let plan: Step[] = []
    let label = ''

    const scanner: Construct = {
      partial: true,
      tokenize(effects, ok, nok) {
        const first: Code[] = []
        const second: Code[] = []
        let eol: Code = null
        let hasSecond = false
        const decide = (code: Code): ReturnType<MicromarkState> => {
          const read = (list: Code[]) => {
            const offsets: number[] = []
            let text = ''
            list.forEach((c, i) => {
              const char = charOf(c)
              for (let k = 0; k < char.length; k++) offsets.push(i)
              text += char
            })
            return { text, offsets }
          }
          const one = read(first)
          let m = DEFINITION.exec(one.text) as Match | null
          let list = first
          let offsets = one.offsets
          if (m && m[7] === undefined && hasSecond) {
            const both = [...first, eol, ...second]
            const two = read(both)
            const m2 = DEFINITION.exec(two.text) as Match | null
            if (m2 && m2[7] !== undefined) {
              m = m2
              list = both
              offsets = two.offsets
            }
          }
          if (!m) return nok(code)
          taken = list
          label = m[1]!
          plan = definitionSteps(m).map(([at, kind, type]) => [
            at < offsets.length ? offsets[at]! : list.length,
            kind,
            type,
          ])
          effects.exit(SCAN)
          return ok(code)
        }
        const inSecond: MicromarkState = (code) => {
          if (code === null || markdownLineEnding(code)) return decide(code)
          second.push(code)
          effects.consume(code)
          return inSecond
        }
        const secondStart: MicromarkState = (code) => {
          // A lazy line (outside the quote or list the definition is in) holds no title.
          hasSecond =
            !this.parser.lazy[this.now().line] && code !== null && !markdownLineEnding(code)
          return hasSecond ? inSecond(code) : decide(code)
        }
        const inFirst: MicromarkState = (code) => {
          if (code === null) return decide(code)
          if (markdownLineEnding(code)) {
            eol = code
            effects.consume(code)
            return secondStart
          }
          first.push(code)
          effects.consume(code)
          return inFirst
        }
        return (code) => {
          effects.enter(SCAN)
          return inFirst(code)
        }
      },
    }

    let index = 0
    const replay: MicromarkState = (code) => {
      for (const [at, kind, type] of plan) {
        if (at !== index) continue
        if (kind === 'enter') effects.enter(type as TokenType)
        else effects.exit(type as TokenType)
      }
      if (index === taken.length) {
        this.parser.defined.push(normalizeIdentifier(label))
        return ok(code)
      }
      index++
      effects.consume(code)
      return replay
    }

    return (code) => {
      // Never inside a paragraph.
      if (this.interrupt) return nok(code)
      return effects.check(scanner, replay, nok)(code)
    }
  },
}

/** Remark plugin for `.md`: kramdown's autolinks (see above). */
export default function remarkKramdownLinks(
  this: Processor,
  options: Pick<KramdownOptions, 'link_defs'> = { link_defs: {} },
) {
  const extension: Extension = {
    text: { [LT]: unicodeEmailAutolink },
    flow: { [LEFT_BRACKET]: kramdownDefinition },
    // Jekyll's GFM parser links no bare URL or e-mail address (GFM's autolink literals).
    disable: { null: ['definition', 'wwwAutolink', 'protocolAutolink', 'emailAutolink'] },
  }
  const data = this.data() as {
    micromarkExtensions?: Extension[]
    fromMarkdownExtensions?: FromMarkdownExtensions
  }
  ;(data.micromarkExtensions ??= []).push(extension)
  // remark-gfm's tree step that links them too, found by its own token names.
  if (data.fromMarkdownExtensions)
    data.fromMarkdownExtensions = withoutLiteralAutolinks(data.fromMarkdownExtensions)
  const predefined = new Map(
    Object.entries(options.link_defs).map(([id, [url, title]]) => [key(id), { url, title }]),
  )
  return (tree: Root, file: VFile) => {
    const source = String(file.value)
    visit(tree, 'link', (link: Link) => {
      const start = link.position?.start.offset
      const text = link.children[0]
      if (start === undefined || source[start] !== '<' || link.children.length !== 1) return
      if (text?.type !== 'text') return
      link.url = decodeHTMLStrict(link.url)
      ;(text as Text).value = decodeHTMLStrict(text.value).replace(/^mailto:/i, '')
    })
    // A name defined twice links to its last definition.
    const last = new Map<string, Definition>()
    visit(tree, 'definition', (node: Definition) => void last.set(key(node.identifier), node))
    const earlier: [Parent, Definition][] = []
    visit(tree, 'definition', (node: Definition, _, parent) => {
      if (parent && last.get(key(node.identifier)) !== node) earlier.push([parent, node])
    })
    for (const [parent, node] of earlier) parent.children.splice(parent.children.indexOf(node), 1)
    const stack: Nodes[] = [tree]
    while (stack.length) {
      const node = stack.pop()!
      if (!('children' in node) || node.type === 'link' || node.type === 'linkReference') continue
      if (PHRASING_PARENTS.has(node.type)) kramdownInlineLinks(node, source)
      if (predefined.size) linkPredefined(node, predefined, last)
      spacedReferences(node)
      stack.push(...node.children)
    }
  }
}

const PHRASING_PARENTS = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
])

type FromMarkdownExtensions = (FromMarkdownExtension | FromMarkdownExtensions)[]

function withoutLiteralAutolinks(list: FromMarkdownExtensions): FromMarkdownExtensions {
  return list.map((ext) => {
    if (Array.isArray(ext)) return withoutLiteralAutolinks(ext)
    if (!ext.enter || !('literalAutolink' in ext.enter)) return ext
    return { ...ext, transforms: [] }
  })
}

/** A link name as kramdown compares them: case and runs of white space do not matter. */
const key = (name: string) => normalizeIdentifier(name).toUpperCase()

/** `[text]`, `[text][]`, `[text][name]` and `[text] [name]` in one text node. */
const REFERENCE = /\[([^[\]\n]+)\](?:[ \t]*\n?[ \t]*\[([^[\]\n]*)\])?/g

/** References to the `link_defs` option's definitions (where the document defines no such name). */
function linkPredefined(
  parent: Parent,
  predefined: Map<string, { url: string; title?: string }>,
  defined: Map<string, Definition>,
): void {
  const out: RootContent[] = []
  for (const child of parent.children) {
    if (child.type !== 'text' || !child.value.includes('[')) {
      out.push(child)
      continue
    }
    let from = 0
    for (const m of child.value.matchAll(REFERENCE)) {
      const name = key(m[2] || m[1]!)
      const def = defined.has(name) ? undefined : predefined.get(name)
      if (!def) continue
      if (m.index > from) out.push({ type: 'text', value: child.value.slice(from, m.index) })
      out.push({
        type: 'link',
        url: def.url,
        title: def.title ?? null,
        children: [{ type: 'text', value: m[1]! }],
      })
      from = m.index + m[0].length
    }
    if (from === 0) out.push(child)
    else if (from < child.value.length) out.push({ type: 'text', value: child.value.slice(from) })
  }
  parent.children = out as typeof parent.children
}

/**
 * `[text] [name]`, with white space (even a line break) between the brackets: kramdown's
 * reference to `name`, where CommonMark reads `[text]` as text and `[name]` as the reference.
 */
function spacedReferences(parent: Parent): void {
  const children = parent.children as RootContent[]
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    if (child.type !== 'linkReference' || child.referenceType !== 'shortcut') continue
    const before = children[i - 1]
    const gap = children[i - 2]
    // `[a] [b]` where `a` is a name too: one link, to `b`.
    if (
      before?.type === 'text' &&
      SPACE_ONLY.test(before.value) &&
      gap?.type === 'linkReference' &&
      gap.referenceType === 'shortcut'
    ) {
      Object.assign(gap, {
        identifier: child.identifier,
        label: child.label,
        referenceType: 'full',
      })
      children.splice(i - 1, 2)
      i -= 2
      continue
    }
    if (before?.type !== 'text') continue
    const m = /\[([^[\]\n]+)\][ \t]*\n?[ \t]*$/.exec(before.value)
    if (!m || !/\s$/.test(m[0])) continue
    before.value = before.value.slice(0, m.index)
    child.referenceType = 'full'
    child.children = [{ type: 'text', value: m[1]! }]
  }
  parent.children = children.filter(
    (c) => c.type !== 'text' || c.value !== '',
  ) as typeof parent.children
}

const SPACE_ONLY = /^[ \t]*\n?[ \t]*$/

type WithProperties = { data?: { hProperties?: Properties } }

function anchor(
  state: State,
  node: Link | LinkReference,
  url: string,
  title: string | null | undefined,
  extra?: Properties,
): Element {
  const properties: Properties = { ...extra, href: url }
  if (title !== null && title !== undefined) properties.title = title
  const result: Element = { type: 'element', tagName: 'a', properties, children: state.all(node) }
  state.patch(node, result)
  return state.applyData(node, result)
}

/**
 * remark-rehype handlers for links: the URL as written, and on a reference, the attributes its
 * definition was given.
 */
export const linkHandlers: Partial<Handlers> = {
  link: (state, node: Link) => anchor(state, node, node.url, node.title),
  linkReference(state, node: LinkReference) {
    const definition: Definition | undefined = state.definitionById.get(
      String(node.identifier).toUpperCase(),
    )
    // Without one, the default handler writes the reference back as text.
    if (!definition) return defaultHandlers.linkReference(state, node)
    const extra = (definition as WithProperties).data?.hProperties
    return anchor(state, node, definition.url, definition.title, extra)
  },
}
