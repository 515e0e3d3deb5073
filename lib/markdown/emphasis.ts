import type { Emphasis, Nodes, Parent, PhrasingContent, Root, Strong } from 'mdast'
import type { CompileContext, Extension as FromMarkdownExtension } from 'mdast-util-from-markdown'
import type { Token } from 'micromark-util-types'
import type { Processor } from 'unified'
import { kramdownEmphasisSyntax } from './emphasis-pairing'

/**
 * kramdown's emphasis: the markers are paired as kramdown pairs them (emphasis-pairing.ts), which
 * also puts the strong outside in `***a***`. What is left is a link's text, which micromark
 * pairs on its own: inside an emphasis there is no emphasis, and inside a strong emphasis no
 * strong one, so the inner markers there are text again (`*a [x _y_](u) b*` keeps `_y_`).
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

/** Remark plugin for `.md`: kramdown's emphasis nesting (after kramdown's blocks are in place). */
export default function remarkKramdownEmphasis(this: Processor) {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(kramdownEmphasisSyntax)
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
