import fs from 'node:fs'
import path from 'node:path'

type Rgb = [number, number, number]

/**
 * The site's page and text colours in each theme (`--bg`, `--fg` and the faintest text colour,
 * `--muted`, in app/globals.css).
 */
export interface SiteTheme {
  light: { bg: Rgb; fg: Rgb; muted?: Rgb }
  dark: { bg: Rgb; fg: Rgb; muted?: Rgb }
}

let keywords: Record<string, string> | undefined
/** CSS's named colours (`gray` is #808080), from the css-color-keywords package. */
function namedColour(name: string): string | undefined {
  keywords ??= JSON.parse(
    fs.readFileSync(path.resolve('node_modules/css-color-keywords/colors.json'), 'utf8'),
  ) as Record<string, string>
  return Object.hasOwn(keywords, name) ? keywords[name] : undefined
}

/**
 * `#abc`, `#aabbcc`, `rgb(1, 2, 3)`, `rgb(1 2 3)`, `hsl(…)`, a named colour; opaque only (an alpha
 * of 1 is opaque too).
 */
export function parseColour(value: string): Rgb | undefined {
  const c = parseBackground(value)
  return c?.alpha === 1 ? c.rgb : undefined
}

// `hsl(0, 0%, 97%)`, `hsl(0 0% 97% / 0.5)`, `hsla(…)`: hue in degrees, then two percentages.
const HSL =
  /^hsla?\(\s*([\d.]+)(?:deg)?[\s,]+([\d.]+)%[\s,]+([\d.]+)%\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/

function hslToRgb(m: RegExpExecArray): Rgb | undefined {
  const [h, s, l] = [Number(m[1]) % 360, Number(m[2]) / 100, Number(m[3]) / 100]
  if (s > 1 || l > 1) return undefined
  const k = (n: number) => (n + h / 30) % 12
  const a = s * Math.min(l, 1 - l)
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1))
  return [f(0), f(8), f(4)].map((x) => Math.round(x * 255)) as Rgb
}

/**
 * A colour with its opacity: a named colour, `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`,
 * `rgb(r, g, b)`, `rgba(r, g, b, a)`, `rgb(r g b / a)` and the same for `hsl` (a background can be
 * a highlight meant to show the page through it).
 */
export function parseBackground(value: string): { rgb: Rgb; alpha: number } | undefined {
  const v = value.trim().toLowerCase()
  const named = namedColour(v)
  if (named) return parseBackground(named)
  let m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v)
  if (m) {
    const h = m[1]!.length <= 4 ? [...m[1]!].map((c) => c + c).join('') : m[1]!
    const [r, g, b, a = 255] = [0, 2, 4, 6]
      .map((i) => h.slice(i, i + 2))
      .filter(Boolean)
      .map((x) => parseInt(x, 16))
    return { rgb: [r!, g!, b!], alpha: a / 255 }
  }
  m = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(v)
  const hsl = m ? undefined : HSL.exec(v)
  const rgb = m ? ([m[1], m[2], m[3]].map(Number) as Rgb) : hsl && hslToRgb(hsl)
  if (!rgb || rgb.some((n) => n > 255)) return undefined
  const a = (m ?? hsl)![4]
  const alpha = a === undefined ? 1 : parseFloat(a) / (a.endsWith('%') ? 100 : 1)
  return alpha >= 0 && alpha <= 1 ? { rgb, alpha } : undefined
}

const hex = (c: Rgb) => `#${c.map((n) => Math.round(n).toString(16).padStart(2, '0')).join('')}`
const mix = (a: Rgb, b: Rgb, weightOfA: number) =>
  a.map((n, i) => n * weightOfA + b[i]! * (1 - weightOfA)) as Rgb
function luminance(c: Rgb): number {
  const [r, g, b] = c.map((n) => {
    const s = n / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

/** The colour nearest `c` on the way to the text colour `fg` that reads at 4.5:1 on `bg`. */
function readable(c: Rgb, bg: Rgb | Rgb[], fg: Rgb): Rgb {
  const all = Array.isArray(bg[0]) ? (bg as Rgb[]) : [bg as Rgb]
  for (let w = 1; w > 0; w -= 0.05) {
    const m = mix(c, fg, w).map(Math.round) as Rgb
    if (all.every((b) => contrast(m, b) >= 4.6)) return m
  }
  return fg
}

/** An imported light background's tint on the dark page (the lightest: white's). */
const TINT = 0.12
const darkTint = (c: Rgb, theme: SiteTheme) => mix(c, theme.dark.bg, TINT).map(Math.round) as Rgb

/** The theme's text colour where it reads at 4.5:1 on `bg`, else black or white, whichever reads. */
function textOn(bg: Rgb, fg: Rgb): Rgb {
  if (contrast(fg, bg) >= 4.6) return fg
  const black: Rgb = [0, 0, 0]
  const white: Rgb = [255, 255, 255]
  return contrast(black, bg) >= contrast(white, bg) ? black : white
}

let cached: SiteTheme | undefined
/** Read from the site's own stylesheet, so a fork's colours are the ones checked against. */
export function siteTheme(): SiteTheme {
  if (cached) return cached
  const css = fs.readFileSync(path.resolve('app/globals.css'), 'utf8')
  const pair = (name: string): [Rgb, Rgb] => {
    const m = new RegExp(`--${name}:\\s*light-dark\\(([^,]+),([^)]+)\\)`).exec(css)
    const light = m && parseColour(m[1]!)
    const dark = m && parseColour(m[2]!)
    if (!light || !dark) throw new Error(`app/globals.css: --${name} is not light-dark(#hex, #hex)`)
    return [light, dark]
  }
  const [bg, fg, muted] = [pair('bg'), pair('fg'), pair('muted')]
  cached = {
    light: { bg: bg[0], fg: fg[0], muted: muted[0] },
    dark: { bg: bg[1], fg: fg[1], muted: muted[1] },
  }
  return cached
}

/**
 * An imported element's `style` attribute with colours that read in both of the site's themes.
 * The old site had one light page: a light `background-color` (a highlighted table row) under
 * the dark theme's light text was unreadable, and a grey chosen for a white page can fall short
 * of 4.5:1. A light background becomes `light-dark(it, a tint of it on the dark page)`; a text
 * colour that falls short on its background in a theme is moved towards that theme's text colour
 * just far enough. Colours that already read are left as they were.
 */
export function themedStyle(
  style: string,
  theme: SiteTheme = siteTheme(),
): { style: string; changes: string[] } {
  const decls = style.split(';').map((d) => {
    const i = d.indexOf(':')
    return i < 0
      ? { raw: d }
      : { raw: d, prop: d.slice(0, i).trim().toLowerCase(), value: d.slice(i + 1).trim() }
  })
  const changes: string[] = []
  // The element's own background in each theme, where it sets one.
  let bg: { light: Rgb; dark: Rgb } | undefined
  for (const d of decls) {
    if (d.prop !== 'background-color' && d.prop !== 'background') continue
    const parsed = parseBackground(d.value!.replace(/\s*!important$/i, ''))
    if (!parsed) continue
    const c = parsed.rgb
    if (parsed.alpha < 1) {
      // A see-through highlight: the page shows through it, in each theme its own.
      bg = {
        light: mix(c, theme.light.bg, parsed.alpha),
        dark: mix(c, theme.dark.bg, parsed.alpha),
      }
      continue
    }
    bg = { light: c, dark: c }
    if (luminance(c) > 0.3) {
      const dark = darkTint(c, theme)
      bg.dark = dark
      d.raw = `${d.raw.match(/^\s*/)![0]}background-color:light-dark(${d.value},${hex(dark)})`
      changes.push(`background ${d.value} is a tint of itself on the dark theme (${hex(dark)})`)
    }
  }
  for (const d of decls) {
    if (d.prop !== 'color') continue
    const c = parseColour(d.value!.replace(/\s*!important$/i, ''))
    if (!c) continue
    const light = readable(c, bg?.light ?? theme.light.bg, theme.light.fg)
    // Text without a background of its own may sit on the page or on a light panel around it,
    // which the dark theme shows as a tint of at most white's.
    const dark = readable(
      c,
      bg?.dark ?? [theme.dark.bg, darkTint([255, 255, 255], theme)],
      theme.dark.fg,
    )
    if (hex(light) === hex(c) && hex(dark) === hex(c)) continue
    d.raw = `${d.raw.match(/^\s*/)![0]}color:light-dark(${hex(light)},${hex(dark)})`
    changes.push(
      `text colour ${d.value} became ${hex(light)} on light and ${hex(dark)} on dark pages (4.5:1)`,
    )
  }
  // A background without a text colour: the text inherits whatever is around it, as faint as the
  // site's muted grey (a caption's), chosen for the page, not this background. Where that would
  // not read, it gets the theme's own text colour, or black or white where that does not either.
  const faint = (t: SiteTheme['light'], on: Rgb) => contrast(t.muted ?? t.fg, on) < 4.6
  if (
    bg &&
    !decls.some((d) => d.prop === 'color') &&
    (faint(theme.light, bg.light) || faint(theme.dark, bg.dark))
  ) {
    const light = textOn(bg.light, theme.light.fg)
    const dark = textOn(bg.dark, theme.dark.fg)
    decls.push({ raw: `color:light-dark(${hex(light)},${hex(dark)})` })
    changes.push(`text on its background is ${hex(light)} on light and ${hex(dark)} on dark pages`)
  }
  return {
    style: changes.length
      ? decls
          .map((d) => d.raw)
          .filter((raw) => raw.trim())
          .join(';')
      : style,
    changes,
  }
}
