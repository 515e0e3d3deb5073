import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createElement as h, type ReactNode } from 'react'
import satori, { type Font } from 'satori'
import pLimit from 'p-limit'
import sharp from 'sharp'
import { cacheRoot, saveCacheFile } from '@/lib/content/document-cache'
import { OG_HEIGHT, OG_WIDTH, type OgCard } from '@/lib/og'

/**
 * Social preview images (Open Graph / Twitter cards) for posts and publications: drawn with satori
 * (layout and text to SVG) and rasterised by sharp into 1200×630 PNGs. Each is cached under
 * .build/cache/og/ (see cacheRoot) by a hash of what it shows and of this file, so a rebuild re-draws only the
 * cards whose page changed.
 */

const cacheDir = () => path.join(cacheRoot(), 'og')
const FONT_DIR = path.resolve('node_modules/@fontsource/inter/files')
// satori reads TTF, OTF and WOFF, not WOFF2; the Latin Extended subset covers accented names.
const FONT_FILES = ['latin', 'latin-ext'].flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({ subset, weight })),
)

const ACCENT_BAR = 24
const PADDING = { x: 80, y: 72 }
const TEXT_WIDTH = OG_WIDTH - ACCENT_BAR - 2 * PADDING.x
const COLOURS = { bg: '#fbfbf8', fg: '#1d1f23', muted: '#575c66', accent: '#1f5f8b' }

let fonts: Font[] | undefined
function loadFonts(): Font[] {
  fonts ??= FONT_FILES.map(({ subset, weight }) => ({
    name: 'Inter',
    weight,
    style: 'normal',
    data: fs.readFileSync(path.join(FONT_DIR, `inter-${subset}-${weight}-normal.woff`)),
  }))
  return fonts
}

/** The site's name without emoji, which the bundled font cannot draw. */
export function cardSiteName(title: string): string {
  return title
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function titleSize(title: string): number {
  if (title.length <= 40) return 76
  if (title.length <= 80) return 62
  return 50
}

function card(c: OgCard, siteName: string): ReactNode {
  const box = (style: object, ...children: ReactNode[]) =>
    h('div', { style: { display: 'flex', ...style } }, ...children)
  return box(
    {
      // satori sizes the content box, so padding and the bar come off the image's size.
      width: TEXT_WIDTH,
      height: OG_HEIGHT - 2 * PADDING.y,
      boxSizing: 'content-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${PADDING.y}px ${PADDING.x}px`,
      background: COLOURS.bg,
      color: COLOURS.fg,
      fontFamily: 'Inter',
      borderLeft: `${ACCENT_BAR}px solid ${COLOURS.accent}`,
    },
    box(
      { fontSize: 30, fontWeight: 700, color: COLOURS.accent, letterSpacing: 2 },
      c.kind.toUpperCase(),
    ),
    box(
      {
        width: TEXT_WIDTH,
        fontSize: titleSize(c.title),
        fontWeight: 700,
        lineHeight: 1.15,
        lineClamp: 4,
      },
      c.title,
    ),
    box(
      { width: TEXT_WIDTH, justifyContent: 'space-between', fontSize: 32 },
      box({ color: COLOURS.muted }, c.date),
      box({ fontWeight: 700 }, siteName),
    ),
  )
}

async function render(c: OgCard, siteName: string): Promise<Buffer> {
  const svg = await satori(card(c, siteName), {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loadFonts(),
  })
  // Rasterising and compressing a card with zlib level 9 took three times as long as with level 6,
  // for a card a third smaller (26 KB against 38 KB); level 5 takes a fifth less time than 6, for
  // 5% more bytes (8.2 ms against 10.2 ms, 51 KB against 48 KB, measured on cards with long titles).
  return sharp(Buffer.from(svg)).png({ compressionLevel: 5 }).toBuffer()
}

const CONCURRENCY = 4

// Cards no build has used for this long are deleted (each use refreshes a card's time).
const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000

function pruneCache(): void {
  const cutoff = Date.now() - CACHE_MAX_AGE_MS
  for (const name of fs.readdirSync(cacheDir())) {
    const file = path.join(cacheDir(), name)
    if (fs.statSync(file).mtimeMs < cutoff) fs.rmSync(file, { force: true })
  }
}

export interface OgReport {
  images: number
  rendered: number
}

/**
 * Makes sure every card is in the cache, drawing the missing ones; returns each card's cached file
 * (in the order of `cards`) and how many were drawn.
 */
export async function drawOgCards(
  cards: OgCard[],
  siteTitle: string,
): Promise<{ files: string[]; drawn: number }> {
  const siteName = cardSiteName(siteTitle)
  const design = fs.readFileSync(new URL(import.meta.url), 'utf8')
  fs.mkdirSync(cacheDir(), { recursive: true })
  let drawn = 0
  const one = async (c: OgCard) => {
    const key = crypto
      .createHash('sha256')
      .update(JSON.stringify([design, siteName, c.kind, c.title, c.date]))
      .digest('hex')
    const cached = path.join(cacheDir(), `${key}.png`)
    if (!fs.existsSync(cached)) {
      const png = await render(c, siteName)
      drawn++
      if (!saveCacheFile(cached, png)) throw new Error(`could not write ${cached}`)
    } else fs.utimesSync(cached, new Date(), new Date())
    return cached
  }
  // satori lays out on this thread while sharp rasterises earlier cards on its own threads.
  const limit = pLimit(CONCURRENCY)
  const files = await Promise.all(cards.map((card) => limit(() => one(card))))
  return { files, drawn }
}

/** Writes every card's PNG into the staged export at its path, drawing only what the cache lacks. */
export async function writeOgImages(
  dir: string,
  cards: OgCard[],
  siteTitle: string,
): Promise<OgReport> {
  const { files, drawn } = await drawOgCards(cards, siteTitle)
  cards.forEach((c, i) => {
    const target = path.join(dir, c.path)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(files[i]!, target)
  })
  pruneCache()
  return { images: cards.length, rendered: drawn }
}

/**
 * `node --import tsx scripts/og-images.ts CARDS.json`: draws the cards of a JSON file
 * (`{ cards, siteTitle }`) into the cache and, with an IPC channel, sends how many it drew (the
 * build runs this at a low priority while the content is checked; see scripts/build.ts).
 */
if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2]
  if (!file) throw new Error('usage: og-images.ts CARDS.json')
  const { cards, siteTitle } = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    cards: OgCard[]
    siteTitle: string
  }
  const { drawn } = await drawOgCards(cards, siteTitle)
  process.send?.({ drawn })
}
