import fs from 'node:fs'
import path from 'node:path'
import { words } from './extract'

/**
 * What the author wrote for one page: its source file (front matter included), the site's
 * `_config.yml` and `_data/`, and the includes the page names. Words and links of the old page
 * that none of these hold came from the old layout (a date in the theme's format, a comments
 * widget's link), which the site replaces with its own.
 */
export interface Authored {
  words: Set<string>
  /** The texts, lowercased, to look a URL up in. */
  text: string
  /** `_config.yml`'s words in order, and the page source's, space-separated and padded. */
  configWords: string
  ownWords: string
}

export function authoredText(siteDir: string, source: string): Authored {
  const read = (rel: string) => {
    const file = path.join(siteDir, rel)
    return fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : ''
  }
  const own = read(source)
  const parts = [own, read('_config.yml')]
  const data = path.join(siteDir, '_data')
  if (fs.existsSync(data))
    for (const f of fs.readdirSync(data, { recursive: true }) as string[])
      parts.push(read(path.join('_data', f)))
  for (const m of own.matchAll(/\{%-?\s*include(_relative)?\s+([^\s%}]+)/g))
    parts.push(read(m[1] ? path.join(path.dirname(source), m[2]!) : path.join('_includes', m[2]!)))
  const text = parts.join('\n')
  return {
    words: new Set(words(text)),
    text: text.toLowerCase(),
    configWords: ` ${words(parts[1]!).join(' ')} `,
    ownWords: ` ${words(own).join(' ')} `,
  }
}

/** Whether a link or image URL is written anywhere the author wrote (host and path, any form). */
export function mentions(authored: Authored, url: string): boolean {
  const bare = url
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
    .toLowerCase()
  // The site's root: a link written to "/" (or to {{ site.url }} / {{ site.baseurl }} alone).
  if (!bare)
    return /["'(]\/["')]|\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}\/?["')]/.test(authored.text)
  const name = bare.split('/').pop()!
  return (
    written(authored.text, bare) ||
    written(authored.text, encodeURI(bare)) ||
    // A local file the page names by a relative path or through Liquid.
    (url.startsWith('/') && name.length > 3 && authored.text.includes(name))
  )
}

/** Whether `url` is in `text` as the whole URL, not the start of a longer path (`/name/thesis`). */
function written(text: string, url: string): boolean {
  for (let i = text.indexOf(url); i >= 0; i = text.indexOf(url, i + 1))
    if (!/^\/?[\w%.~+-]/.test(text.slice(i + url.length, i + url.length + 2))) return true
  return false
}
