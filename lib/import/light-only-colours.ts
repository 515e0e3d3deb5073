import postcss, { type AtRule, type Container, type Rule } from 'postcss'

// Declarations that paint: an author's colours were chosen for the old site's light page.
// (`border` and `outline` shorthands stay in both themes: mostly widths and styles.)
const PAINT =
  /^(color|background(-color|-image)?|border(-(top|right|bottom|left|block|inline))?-color|outline-color|fill|stroke|(box|text)-shadow|caret-color|text-decoration-color)$/i

const LIGHT = ":root[data-theme='light']"
const SYSTEM = ':root:not([data-theme])'

/** A selector under a theme condition on the root element (`html`, `:root`, `body` kept right). */
function scoped(selector: string, root: string): string {
  const s = selector.trim()
  const own = /^(html|:root)\b/i.exec(s)
  if (own) return `${root}${s.slice(own[0].length)}`
  return `${root} ${s}`
}

/** The rule's painting declarations, taken out of it, in a copy whose selectors are scoped. */
function paintCopy(
  rule: Rule,
  root: string,
  paints: (prop: string, selector: string) => boolean,
): Rule | undefined {
  const decls = rule.nodes.filter((n) => n.type === 'decl' && paints(n.prop, rule.selector))
  if (!decls.length) return undefined
  const copy = rule.clone({ nodes: [] })
  copy.selectors = rule.selectors.map((s) => scoped(s, root))
  for (const d of decls) copy.append(d.clone())
  return copy
}

/**
 * An imported page's own stylesheet (an inline `<style>`, moved to a file) with its colours for
 * the light theme only: the site has a dark theme too, where a light `background-color` under the
 * site's light code text made it unreadable. Layout (widths, margins, alignment) applies in both
 * themes. Returns the CSS unchanged when nothing paints, or when it does not parse (the caller
 * reports that).
 */
export function lightOnlyColours(
  css: string,
  /** Declarations that keep their colour in both themes (an SVG's fill, on a light backing). */
  bothThemes?: (prop: string, selector: string) => boolean,
): { css: string; changed: boolean } {
  let root: ReturnType<typeof postcss.parse>
  try {
    root = postcss.parse(css)
  } catch {
    return { css, changed: false }
  }
  const paints = (prop: string, selector: string) =>
    PAINT.test(prop) && !bothThemes?.(prop, selector)
  const light = postcss.root()
  const system = postcss.atRule({ name: 'media', params: '(prefers-color-scheme: light)' })
  // Each rule's paint goes to both copies, inside the at-rules (@media, @supports) it was in.
  const place = (rule: Rule, target: Container, scope: string) => {
    const copy = paintCopy(rule, scope, paints)
    if (!copy) return
    let into: Container = target
    const chain: AtRule[] = []
    for (let p = rule.parent; p && p.type === 'atrule'; p = p.parent) chain.unshift(p as AtRule)
    for (const at of chain) {
      const wrapper = at.clone({ nodes: [] })
      into.append(wrapper)
      into = wrapper
    }
    into.append(copy)
  }
  let changed = false
  root.walkRules((rule) => {
    // Keyframes' steps are not selectors.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return
    place(rule, light, LIGHT)
    place(rule, system, SYSTEM)
    for (const d of [...rule.nodes])
      if (d.type === 'decl' && paints(d.prop, rule.selector)) {
        d.remove()
        changed = true
      }
  })
  if (!changed) return { css, changed }
  root.walkRules((rule) => {
    if (!rule.nodes.length) rule.remove()
  })
  root.walkAtRules((at) => {
    if (at.nodes && !at.nodes.length) at.remove()
  })
  const note =
    '/* The colours below were chosen for the old site: the light theme only (the site has a dark one). */\n'
  return {
    css: `${root.toString().trim()}\n\n${note}${light.toString().trim()}\n${system.toString().trim()}\n`,
    changed,
  }
}
