import fs from 'node:fs'
import path from 'node:path'
import { titleToSlug } from 'simple-icons/sdk'

/**
 * Icons for profile links, drawn inline at build time (nothing fetched, nothing extra to load).
 * Brands come from Simple Icons (CC0), found by the link's name ("GitHub" → `github`) or by an
 * `icon:` slug in site.yaml; the few that are not brands, or whose brand Simple Icons no longer
 * carries, are the site's own, drawn on the same 24-unit grid.
 */
export interface Icon {
  /** SVG path data in a 24 × 24 box. */
  path: string
  /** Filled shapes (brands) or 2-unit strokes (the site's own line icons). */
  style: 'fill' | 'stroke'
}

const OWN: Record<string, Icon> = {
  // An envelope.
  mail: { style: 'stroke', path: 'M3 5h18v14H3zM3 6l9 7 9-7' },
  // A key: the bow, then the shaft with two bits.
  key: {
    style: 'stroke',
    path: 'M11 10a4.5 4.5 0 1 1-9 0 4.5 4.5 0 0 1 9 0zM11 10h11M18 10v4M21 10v3',
  },
  // A feed: a dot and two arcs.
  rss: { style: 'stroke', path: 'M5 19h.01M4 11a9 9 0 0 1 9 9M4 4a16 16 0 0 1 16 16' },
  // Two chain links, for anything else.
  link: {
    style: 'stroke',
    path: 'M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7',
  },
  // LinkedIn's "in" in a rounded square (Simple Icons removed the brand at LinkedIn's request).
  linkedin: {
    style: 'fill',
    path: 'M20.45 20.45h-3.56v-5.57c0-1.33-.02-3.04-1.85-3.04-1.85 0-2.14 1.45-2.14 2.94v5.67H9.35V9h3.41v1.56h.05c.48-.9 1.64-1.85 3.37-1.85 3.6 0 4.27 2.37 4.27 5.46v6.28zM5.34 7.43a2.06 2.06 0 1 1 0-4.13 2.06 2.06 0 0 1 0 4.13zM7.12 20.45H3.56V9h3.56v11.45zM22.22 0H1.77C.79 0 0 .77 0 1.73v20.54C0 23.23.79 24 1.77 24h20.45c.98 0 1.78-.77 1.78-1.73V1.73C24 .77 23.2 0 22.22 0z',
  },
}

/** Names people use for a brand that Simple Icons files under another slug. */
const ALIASES: Record<string, string> = {
  twitter: 'x',
  pgpkey: 'key',
  pgp: 'key',
  email: 'mail',
  feed: 'rss',
}

// Read as files (the bundler cannot resolve into a package's folder): the build runs at the root.
const iconsDir = path.resolve('node_modules/simple-icons/icons')

function simpleIcon(slug: string): Icon | undefined {
  if (!/^[a-z0-9]+$/.test(slug)) return undefined
  const file = path.join(iconsDir, `${slug}.svg`)
  if (!fs.existsSync(file)) return undefined
  const d = /<path d="([^"]+)"/.exec(fs.readFileSync(file, 'utf8'))?.[1]
  return d ? { style: 'fill', path: d } : undefined
}

/** The icon for a link named `name` (or the slug `icon`); a chain link when nothing matches. */
export function iconFor(name: string, icon?: string): Icon {
  const slug = icon ?? titleToSlug(name)
  const key = ALIASES[slug] ?? slug
  return OWN[key] ?? simpleIcon(key) ?? OWN.link!
}
