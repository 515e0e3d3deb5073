import type { Element, ElementContent, Text } from 'hast'

/**
 * kramdown's `show-whitespaces` class on a code block without a language: each space becomes a
 * visible `⋅` and each tab stays a tab, each in a span whose class says where it is on its line
 * (`ws-space-l` leading, `ws-space-r` trailing, `ws-space` between words; `ws-tab…` likewise),
 * so a stylesheet can show them.
 */
export const SHOW_WHITESPACES = 'show-whitespaces'

/** Marks the white space of the highlighted block `pre` (Shiki's lines, or its plain text). */
export function markWhitespace(pre: Element): void {
  const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code')
  if (!code) return
  const lines: Text[][] = [[]]
  // Shiki puts each line in its own span and the line breaks between them as text.
  const collect = (node: ElementContent) => {
    if (node.type === 'element') node.children.forEach(collect)
    else if (node.type === 'text') {
      const parts = node.value.split('\n')
      if (parts.length === 1) lines.at(-1)!.push(node)
      else {
        // A text node holding a line break is split at it, each part on its own line.
        for (let i = 0; i < parts.length; i++) {
          if (i > 0) lines.push([])
          lines.at(-1)!.push({ type: 'text', value: parts[i]! })
        }
        ;(node as Text & { parts?: Text[] }).parts = lines
          .slice(-parts.length)
          .map((l) => l.at(-1)!)
      }
    }
  }
  code.children.forEach(collect)
  const replacement = new Map<Text, ElementContent[]>()
  for (const line of lines) {
    const text = line.map((t) => t.value).join('')
    const lead = text.length - text.trimStart().length
    const trail = text.trimEnd().length
    let at = 0
    for (const node of line) {
      const out: ElementContent[] = []
      let plain = ''
      for (const ch of node.value) {
        if (ch === ' ' || ch === '\t') {
          if (plain) out.push({ type: 'text', value: plain })
          plain = ''
          const side = at < lead ? '-l' : at >= trail ? '-r' : ''
          out.push({
            type: 'element',
            tagName: 'span',
            properties: { className: [`ws-${ch === ' ' ? 'space' : 'tab'}${side}`] },
            children: [{ type: 'text', value: ch === ' ' ? '\u22c5' : '\t' }],
          })
        } else plain += ch
        at++
      }
      if (plain) out.push({ type: 'text', value: plain })
      replacement.set(node, out)
    }
  }
  const rebuild = (parent: Element) => {
    parent.children = parent.children.flatMap((child): ElementContent[] => {
      if (child.type === 'element') {
        rebuild(child)
        return [child]
      }
      if (child.type !== 'text') return [child]
      const parts = (child as Text & { parts?: Text[] }).parts
      if (!parts) return replacement.get(child) ?? [child]
      return parts.flatMap((part, i) => [
        ...(i > 0 ? [{ type: 'text', value: '\n' } as Text] : []),
        ...(replacement.get(part) ?? []),
      ])
    })
  }
  rebuild(code)
}
