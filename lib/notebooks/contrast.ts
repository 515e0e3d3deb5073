import type { Element } from 'hast'
import { visit } from '@/lib/markdown/visit'

/** WCAG 2's relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** WCAG 2's contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

const variable = (style: string, name: string) =>
  new RegExp(`--shiki-${name}:\\s*(#[0-9a-f]{6})\\b`, 'i').exec(style)?.[1]

/**
 * Terminal output picks its own colours: a 256-colour dark red (`\e[38;5;124m`) that is readable
 * on Jupyter's white is not on the dark theme's background. Any colour of a highlighted block
 * below WCAG AA (4.5:1) on its theme's background falls back to the block's text colour.
 */
export function keepReadable(pre: Element): void {
  const style = String(pre.properties.style ?? '')
  for (const theme of ['light', 'dark']) {
    const bg = variable(style, `${theme}-bg`)
    const fg = variable(style, theme)
    if (!bg || !fg) continue
    visit(pre, 'element', (node: Element) => {
      const own = node === pre ? undefined : String(node.properties.style ?? '')
      const colour = own && variable(own, theme)
      if (colour && contrast(colour, bg) < 4.5)
        node.properties.style = own.replace(`--shiki-${theme}:${colour}`, `--shiki-${theme}:${fg}`)
    })
  }
}
