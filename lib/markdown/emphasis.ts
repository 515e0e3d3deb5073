import type { Emphasis, Nodes, Parent, PhrasingContent, Root, Strong } from 'mdast'
import type { CompileContext, Extension as FromMarkdownExtension } from 'mdast-util-from-markdown'
import type { Token } from 'micromark-util-types'
import type { Processor } from 'unified'

/**
 * kramdown's emphasis where it differs from CommonMark's on the same pairs of markers:
 * - inside an emphasis there is no emphasis, and inside a strong emphasis no strong one: the
 *   inner markers are text (`*a _b_ c*` is `<em>a _b_ c</em>`);
 * - `***a***` (or `___a___`) is `<strong><em>a</em></strong>`, where CommonMark puts the `<em>`
 *   outside.
 * Where kramdown pairs the markers differently (`*a *b* c*`), the site still follows CommonMark.
 */

/** Each emphasis or strong node's marker character, as the parser saw it. */
const markers = new WeakMap<Emphasis | Strong, string>()

function remember(this: CompileContext, token: Token) {
  const node = this.stack[this.stack.length - 1] as Emphasis | Strong
  markers.set(node, this.sliceSerialize(token).charAt(0))
  this.exit(token)
}

const emphasisFromMarkdown: FromMarkdownExtension = {
  exit: { emphasis: remember, strong: remember },
}

/** `parent`'s descendants with an emphasis inside an emphasis (strong in strong) made text again. */
function flatten(parent: Parent, inEmphasis: boolean, inStrong: boolean): void {
  const out: PhrasingContent[] = []
  const push = (node: PhrasingContent) => {
    const last = out[out.length - 1]
    if (node.type === 'text' && last?.type === 'text' && !node.data && !last.data) {
      last.value += node.value
      if (last.position && node.position) last.position.end = node.position.end
    } else out.push(node)
  }
  for (const child of parent.children as PhrasingContent[]) {
    const kind = child.type === 'emphasis' || child.type === 'strong' ? child : undefined
    if (kind) swapTriple(kind)
    const nowEm = kind?.type === 'emphasis'
    const nowStrong = kind?.type === 'strong'
    if ((nowEm && inEmphasis) || (nowStrong && inStrong)) {
      const marker = (markers.get(kind!) ?? '*').repeat(nowEm ? 1 : 2)
      flatten(kind!, inEmphasis, inStrong)
      push({ type: 'text', value: marker })
      for (const inner of kind!.children) push(inner)
      push({ type: 'text', value: marker })
      continue
    }
    if ('children' in child) flatten(child, inEmphasis || nowEm, inStrong || nowStrong)
    push(child)
  }
  parent.children = out as typeof parent.children
}

/** `<em><strong>a</strong></em>` made of one marker character is `<strong><em>a</em></strong>`. */
function swapTriple(node: Emphasis | Strong): void {
  const inner = node.children[0]
  if (node.type !== 'emphasis' || node.children.length !== 1 || inner?.type !== 'strong') return
  if (markers.get(node) !== markers.get(inner)) return
  const children = inner.children
  const em = node as unknown as Strong
  const strong = inner as unknown as Emphasis
  em.type = 'strong'
  strong.type = 'emphasis'
  strong.children = children
  // The inner node now spans the text and one marker on each side, not two.
  const within = strong.position
  if (within) {
    within.start = { ...within.start, column: within.start.column + 1 }
    within.end = { ...within.end, column: within.end.column - 1 }
    if (within.start.offset !== undefined) within.start.offset += 1
    if (within.end.offset !== undefined) within.end.offset -= 1
  }
}

/** Remark plugin for `.md`: kramdown's emphasis nesting (after kramdown's blocks are in place). */
export default function remarkKramdownEmphasis(this: Processor) {
  const data = this.data()
  ;(data.fromMarkdownExtensions ??= []).push(emphasisFromMarkdown)
  return (tree: Root) => {
    // An explicit stack: paragraphs may sit inside lists and HTML elements nested deep.
    const stack: Nodes[] = [tree]
    while (stack.length) {
      const node = stack.pop()!
      if (node.type === 'emphasis' || node.type === 'strong') continue
      if (!('children' in node)) continue
      const hasEmphasis = node.children.some((c) => c.type === 'emphasis' || c.type === 'strong')
      // flatten walks all of the node's descendants itself.
      if (hasEmphasis) flatten(node, false, false)
      else for (const child of node.children) stack.push(child)
    }
  }
}
