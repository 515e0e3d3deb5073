import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contrast, parseBackground, themedStyle, type SiteTheme } from '@/lib/import/style-colours'

// The site's own colours (app/globals.css): a light page with dark text, a dark page with light.
const THEME: SiteTheme = {
  light: { bg: [251, 251, 248], fg: [29, 31, 35], muted: [87, 92, 102] },
  dark: { bg: [23, 24, 28], fg: [230, 230, 225], muted: [163, 167, 176] },
}
const hexRgb = (h: string) =>
  [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number]

test('reads see-through and hsl backgrounds in their spellings', () => {
  assert.deepEqual(parseBackground('#08008033'), { rgb: [8, 0, 128], alpha: 0x33 / 255 })
  assert.deepEqual(parseBackground('#f008'), { rgb: [255, 0, 0], alpha: 0x88 / 255 })
  assert.deepEqual(parseBackground('rgba(35, 171, 216, 0.5)'), { rgb: [35, 171, 216], alpha: 0.5 })
  assert.deepEqual(parseBackground('rgb(35 171 216 / 50%)'), { rgb: [35, 171, 216], alpha: 0.5 })
  assert.deepEqual(parseBackground('white'), { rgb: [255, 255, 255], alpha: 1 })
  assert.equal(parseBackground('url(x.png)'), undefined)
  // jalammar's figure panels: hsl(0, 0%, 97%) stayed light under the dark theme's light captions.
  assert.deepEqual(parseBackground('hsl(0, 0%, 97%)'), { rgb: [247, 247, 247], alpha: 1 })
  assert.deepEqual(parseBackground('hsl(120deg 100% 25% / 0.5)'), { rgb: [0, 128, 0], alpha: 0.5 })
  assert.match(
    themedStyle('background: hsl(0, 0%, 97%)', THEME).style,
    /^background-color:light-dark\(hsl\(0, 0%, 97%\),#\w{6}\)$/,
  )
})

test('a highlight without a text colour gets text that reads on it in both themes', () => {
  // jalammar's cluster names in a figure caption: the caption's grey read at 4.13:1 on them. The
  // inherited text may be as faint as the muted grey; where even that reads, nothing is added.
  const added: string[] = []
  for (const background of ['#08008033', 'rgba(35, 171, 216, 0.5)', 'rgb(238, 214, 137)']) {
    const { style } = themedStyle(`background-color: ${background}`, THEME)
    const m = /color:light-dark\((#\w{6}),(#\w{6})\)$/.exec(style)
    if (m) added.push(background)
    const text = {
      light: m ? hexRgb(m[1]!) : THEME.light.muted!,
      dark: m ? hexRgb(m[2]!) : THEME.dark.muted!,
    }
    const bg = parseBackground(background)!
    const on = (page: [number, number, number]) =>
      bg.rgb.map((n, i) => n * bg.alpha + page[i]! * (1 - bg.alpha)) as [number, number, number]
    assert.ok(contrast(text.light, on(THEME.light.bg)) >= 4.5, `${background} light`)
    // An opaque light background is itself tinted on the dark page.
    const darkBg = /,(#\w{6})\)$/.exec(style.split(';')[0]!)?.[1]
    assert.ok(
      contrast(text.dark, darkBg ? hexRgb(darkBg) : on(THEME.dark.bg)) >= 4.5,
      `${background} dark`,
    )
  }
  assert.deepEqual(added, ['#08008033', 'rgba(35, 171, 216, 0.5)'])
})

test('an element that sets its own text colour, or no background, keeps its style', () => {
  // A pale row: even the muted grey reads on it (and on its dark-theme tint).
  assert.doesNotMatch(themedStyle('background-color: #ffffd0', THEME).style, /;color:/)
  const own = themedStyle('background-color: #08008033; color: #000', THEME)
  assert.equal(own.changes.filter((c) => c.startsWith('text on its background')).length, 0)
  assert.deepEqual(themedStyle('font-weight: bold', THEME), {
    style: 'font-weight: bold',
    changes: [],
  })
})

test('a text colour without a background of its own reads on a light panel’s dark-theme tint too', () => {
  // jalammar's hidden-states: black tokens in a hsl(0, 0%, 97%) panel became #8a8a87, which read
  // on the dark page (5.4:1) but not on the panel's tint (3.59:1).
  const panel = themedStyle('background: #f7f7f7', THEME).style
  const tint = hexRgb(/,(#\w{6})\)$/.exec(panel)![1]!)
  for (const colour of ['#000', '#800080']) {
    const m = /light-dark\((#\w{6}),(#\w{6})\)/.exec(themedStyle(`color: ${colour}`, THEME).style)!
    assert.ok(contrast(hexRgb(m[2]!), THEME.dark.bg) >= 4.5, colour)
    assert.ok(contrast(hexRgb(m[2]!), tint) >= 4.5, `${colour} on ${panel}`)
  }
})
