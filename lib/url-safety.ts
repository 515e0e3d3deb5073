import { decodeHTMLAttribute } from 'entities'

/**
 * The one check of a URL's scheme, used wherever content supplies a URL (Markdown links, raw HTML
 * and MDX attributes, YAML and BibTeX fields) and again on the exported pages. A browser decodes
 * character references, drops leading and trailing C0 controls and spaces and removes tabs and
 * newlines anywhere before it reads the scheme, so `java&#9;script:` and `&#1;javascript:` are
 * script URLs too: the value is read the same way here.
 */

/** Schemes that run script in the page, or show attacker-made HTML as a page of the site. */
const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data'])

/** The URL as a browser reads its scheme: references decoded, controls and spaces dropped. */
export function browserUrl(raw: string): string {
  return decodeHTMLAttribute(raw)
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '')
}

/** The URL's scheme in lower case (`javascript`), or undefined for a relative URL. */
export function schemeOf(raw: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(browserUrl(raw))?.[1]?.toLowerCase()
}

/**
 * Why a URL is refused, or undefined: script and data URLs would run in (or be shown as a page by)
 * the visitor's browser. `allowDataImage` lets an inline `data:image/...` through where an image
 * is expected. `what` names the element or field for the message, e.g. `<a href>`.
 */
export function scriptUrlProblem(
  what: string,
  url: string,
  { allowDataImage = false }: { allowDataImage?: boolean } = {},
): string | undefined {
  const scheme = schemeOf(url)
  if (!scheme || !SCRIPT_SCHEMES.has(scheme)) return undefined
  if (allowDataImage && /^data:image\//i.test(browserUrl(url))) return undefined
  const shown = JSON.stringify(url.slice(0, 40)).slice(1, -1)
  return `${what} uses a script or data URL "${shown}" (expected an http(s), mailto or site-relative URL)`
}

/**
 * Every HTML attribute that holds a URL a browser may navigate to, load or submit to (as written
 * in HTML, lower case). `srcset` holds a list and `<meta http-equiv="refresh">` one in `content`:
 * both are read apart (urlsOf).
 */
export const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'cite',
  'background',
  'longdesc',
  'usemap',
  'manifest',
  'icon',
  'codebase',
  'classid',
  'archive',
  'profile',
  'ping',
  'dynsrc',
  'lowsrc',
  'xlink:href',
  'xml:base',
  'srcset',
] as const

/**
 * The URLs one element's attributes hold: `attrs` maps attribute names (as written in HTML, any
 * case) to values. Returns each with the attribute it came from.
 */
export function urlsOf(
  tagName: string,
  attrs: Iterable<[string, string]>,
): { attribute: string; url: string }[] {
  const found: { attribute: string; url: string }[] = []
  const all = new Map([...attrs].map(([k, v]) => [k.toLowerCase(), v]))
  for (const [name, value] of all) {
    if (!(URL_ATTRIBUTES as readonly string[]).includes(name)) continue
    if (name === 'srcset' || name === 'ping')
      for (const candidate of value.split(name === 'ping' ? /\s+/ : ','))
        found.push({ attribute: name, url: candidate.trim().split(/\s+/)[0] ?? '' })
    else found.push({ attribute: name, url: value })
  }
  if (tagName.toLowerCase() === 'meta' && all.get('http-equiv')?.toLowerCase() === 'refresh') {
    const target = /url\s*=\s*['"]?([^'"]*)/i.exec(all.get('content') ?? '')?.[1]
    if (target !== undefined) found.push({ attribute: 'content', url: target })
  }
  return found
}
