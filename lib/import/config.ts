import { titleFromSlug } from './front-matter'
import type { ImportNote } from './report'
import { splitSiteAddress } from '../urls'

/**
 * Jekyll's `_config.yml` → `content/site.yaml`: the keys minima, al-folio and academicpages use
 * for identity, social profiles and analytics. URL patterns are worked out per post (posts.ts).
 */

// `<name>_username` (minima 2, al-folio) and minima 3's `social_links` keys → a profile URL.
const SOCIAL: Record<string, { name: string; url: (user: string) => string }> = {
  github: { name: 'GitHub', url: (u) => `https://github.com/${u}` },
  gitlab: { name: 'GitLab', url: (u) => `https://gitlab.com/${u}` },
  twitter: { name: 'Twitter', url: (u) => `https://twitter.com/${u}` },
  x: { name: 'X', url: (u) => `https://x.com/${u}` },
  linkedin: { name: 'LinkedIn', url: (u) => `https://www.linkedin.com/in/${u}/` },
  scholar: { name: 'Google Scholar', url: (u) => `https://scholar.google.com/citations?user=${u}` },
  orcid: { name: 'ORCID', url: (u) => `https://orcid.org/${u}` },
  researchgate: { name: 'ResearchGate', url: (u) => `https://www.researchgate.net/profile/${u}` },
  stackoverflow: { name: 'Stack Overflow', url: (u) => `https://stackoverflow.com/users/${u}` },
  youtube: {
    name: 'YouTube',
    url: (u) => `https://www.youtube.com/${u.startsWith('@') ? u : `@${u}`}`,
  },
  instagram: { name: 'Instagram', url: (u) => `https://www.instagram.com/${u}/` },
  facebook: { name: 'Facebook', url: (u) => `https://www.facebook.com/${u}` },
  mastodon: {
    name: 'Mastodon',
    url: (u) => (/^https?:/.test(u) ? u : `https://${u.replace(/^@?([^@]+)@(.+)$/, '$2/@$1')}`),
  },
  bluesky: { name: 'Bluesky', url: (u) => `https://bsky.app/profile/${u}` },
  keybase: { name: 'Keybase', url: (u) => `https://keybase.io/${u}` },
}
const SOCIAL_KEY = /^(\w+?)_(?:username|userid|id)$/

export interface SiteImport {
  site: Record<string, unknown>
  notes: ImportNote[]
}

export interface ConfigInputs {
  config: Record<string, unknown>
  /** The Jekyll site's CNAME file, if it has one. */
  cname?: string
  /** The site folder's name: the last resort for a title. */
  folder?: string
  nav: { title: string; url: string }[]
  posts: { permalink: string; redirect_from: string[] }
  /** `{{ site.x }}` keys the content uses, kept in site.yaml so they still resolve. */
  siteKeys: Set<string>
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined

export function mapConfig(input: ConfigInputs): SiteImport {
  const { config } = input
  const notes: ImportNote[] = []
  const flag = (message: string) =>
    notes.push({ file: '_config.yml', line: 0, kind: 'flagged', message })

  const authorRaw = config.author
  const authorObj =
    authorRaw && typeof authorRaw === 'object' ? (authorRaw as Record<string, unknown>) : {}
  const authorName =
    str(authorRaw) ??
    str(authorObj.name) ??
    (([str(config.first_name), str(config.last_name)].filter(Boolean).join(' ') || undefined) as
      string | undefined)
  // Jekyll runs without a title; the site needs one: the author, the domain, else the folder name.
  const title =
    str(config.title) ??
    str(config.name) ??
    authorName ??
    input.cname ??
    (input.folder ? titleFromSlug(input.folder.replace(/[._\s]+/g, '-')) : undefined) ??
    'My site'
  if (!str(config.title)) flag(`no title in _config.yml: "${title}" is used; set it in site.yaml`)
  const site: Record<string, unknown> = { title }

  const description = str(config.description) ?? str(config.subtitle)
  if (!description) flag('no description in _config.yml: the title is used; write one in site.yaml')
  site.description = description ?? title

  let url = str(config.url)?.replace(/\/+$/, '')
  if (!url) {
    url = input.cname ? `https://${input.cname}` : 'https://example.org'
    flag(`no url in _config.yml: ${url} is used; set it in site.yaml`)
  }
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    flag(`url ${url} is not an http(s) address: https://example.org is used; set it in site.yaml`)
    url = 'https://example.org'
  }
  // site.yaml's url is an origin; a path in Jekyll's url (a project site) is the base path.
  const { origin, basePath: urlPath } = splitSiteAddress(url)
  site.url = origin
  if (input.cname && new URL(origin).hostname === input.cname) site.domain = input.cname
  const baseurl = str(config.baseurl) ?? (urlPath || undefined)
  if (baseurl && baseurl !== '/')
    notes.push({
      file: '_config.yml',
      line: 0,
      kind: 'converted',
      message: `baseurl ${baseurl}: build with BASE_PATH=${baseurl} (the path is not part of the content)`,
    })
  const lang = str(config.lang) ?? str(config.locale)?.replace('_', '-')
  if (lang) site.lang = lang

  const avatar = str(authorObj.avatar) ?? str(config.avatar)
  site.author = {
    name: authorName || title,
    ...((str(authorObj.email) ?? str(config.email))
      ? { email: str(authorObj.email) ?? str(config.email) }
      : {}),
    ...(avatar ? { image: avatar } : {}),
  }
  // An avatar on another site is reported with the pages' images (lib/import/remote-images.ts).
  if (!authorName)
    flag(
      `no author in _config.yml: the title "${title}" is used as the author name; set author.name in site.yaml`,
    )

  site.nav = input.nav
  site.posts = input.posts
  site.social = socialLinks(config)
  const analytics = mapAnalytics(config, flag)
  if (analytics) site.analytics = analytics
  if (authorName) {
    const parts = authorName
      .replace(/\p{Extended_Pictographic}/gu, '')
      .trim()
      .split(/\s+/)
    if (parts.length > 1)
      site.publications = { self: [`${parts.at(-1)}, ${parts.slice(0, -1).join(' ')}`] }
  }
  if (str(config.timezone))
    notes.push({
      file: '_config.yml',
      line: 0,
      kind: 'converted',
      message: `timezone ${str(config.timezone)}: a post date with an offset is placed on that clock, as Jekyll did (its URL and shown day are that zone's)`,
    })

  const kramdown = kramdownConfig(config.kramdown)
  if (kramdown) site.kramdown = kramdown

  // Other values the pages print with {{ site.x }}.
  for (const key of [...input.siteKeys].sort())
    if (!(key in site) && key !== 'baseurl' && config[key] !== undefined) site[key] = config[key]
  return { site, notes }
}

function socialLinks(
  config: Record<string, unknown>,
): { name: string; username: string; url: string }[] {
  const users = new Map<string, string>()
  for (const [key, value] of Object.entries(config)) {
    const m = SOCIAL_KEY.exec(key)
    const service = m?.[1]
    if (service && SOCIAL[service] && str(value)) users.set(service, str(value)!)
  }
  // minima 3: `minima: { social_links: { github: user } }` or a list of { platform, user_url }.
  const minima =
    (config.minima as Record<string, unknown> | undefined)?.social_links ?? config.social_links
  if (minima && typeof minima === 'object' && !Array.isArray(minima))
    for (const [service, value] of Object.entries(minima))
      if (SOCIAL[service] && str(value)) users.set(service, str(value)!)
  // jekyll-seo-tag: `twitter: { username: sam }` (or `twitter: sam`).
  const twitter = config.twitter
  const handle =
    twitter && typeof twitter === 'object'
      ? str((twitter as Record<string, unknown>).username)
      : str(twitter)
  if (handle && !users.has('twitter')) users.set('twitter', handle.replace(/^@/, ''))
  const links = [...users].map(([service, user]) => ({
    name: SOCIAL[service]!.name,
    username: user,
    url: SOCIAL[service]!.url(user),
  }))
  // jekyll-seo-tag's `social: { links: [https://github.com/sam, …] }`: each profile named by
  // its host, unless it is one of the above.
  const seo = (config.social as Record<string, unknown> | undefined)?.links
  if (Array.isArray(seo))
    for (const href of seo.map(str)) {
      if (!href || !/^https?:\/\//.test(href) || links.some((l) => sameUrl(l.url, href))) continue
      const host = new URL(href).hostname.replace(/^www\./, '')
      const service = Object.values(SOCIAL).find(
        (s) => new URL(s.url('x')).hostname.replace(/^www\./, '') === host,
      )
      links.push({
        name: service?.name ?? host,
        username: href.split(/[/=]/).filter(Boolean).at(-1) ?? host,
        url: href,
      })
    }
  if (Array.isArray(minima))
    for (const entry of minima as Record<string, unknown>[]) {
      const platform = str(entry.platform)
      const href = str(entry.user_url)
      if (platform && href)
        links.push({
          name: SOCIAL[platform]?.name ?? platform,
          username: href.split('/').filter(Boolean).at(-1) ?? '',
          url: href,
        })
    }
  return links
}

const sameUrl = (a: string, b: string) =>
  a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase()

type Analytics = {
  provider: 'ga4' | 'plausible' | 'umami' | 'goatcounter'
  id: string
  src?: string
}

/** minima's `google_analytics: G-…`, al-folio's `google_analytics`/`enable_google_analytics`, academicpages' `analytics.provider`. */
export function mapAnalytics(
  config: Record<string, unknown>,
  flag: (message: string) => void,
): Analytics | undefined {
  const block =
    config.analytics && typeof config.analytics === 'object'
      ? (config.analytics as Record<string, unknown>)
      : {}
  const google =
    str(config.google_analytics) ??
    str((block.google as Record<string, unknown> | undefined)?.tracking_id)
  if (config.enable_google_analytics === false) return undefined
  if (google?.startsWith('G-')) return { provider: 'ga4', id: google }
  if (google)
    flag(
      `google_analytics ${google} is a Universal Analytics id, which Google no longer serves: not imported (expected a GA4 id G-…)`,
    )
  const plausible =
    str(config.plausible_domain) ??
    str((block.plausible as Record<string, unknown> | undefined)?.domain)
  if (plausible) return { provider: 'plausible', id: plausible }
  const goatcounter = str(config.goatcounter_code) ?? str(config.goatcounter)
  if (goatcounter) return { provider: 'goatcounter', id: goatcounter }
  if (str(block.provider) && str(block.provider) !== 'false')
    flag(
      `analytics provider ${str(block.provider)} is not one the site supports (ga4, plausible, umami, goatcounter): not imported`,
    )
  return undefined
}

// kramdown options that change what a page renders as; the others (highlighter, entity output,
// ...) have no effect on this site and are not carried over.
const KRAMDOWN_KEYS = [
  'input',
  'parse_block_html',
  'parse_span_html',
  'html_to_native',
  'auto_ids',
  'auto_id_prefix',
  'footnote_nr',
  'footnote_prefix',
  'footnote_link_text',
  'footnote_backlink',
  'footnote_backlink_inline',
  'smart_quotes',
  'hard_wrap',
  'remove_line_breaks_for_cjk',
  'math_engine',
  'toc_levels',
  'header_offset',
  'gfm_quirks',
  'typographic_symbols',
]

/** `_config.yml`'s `kramdown:` block → site.yaml's, keeping the options the site honours. */
export function kramdownConfig(value: unknown): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value as Record<string, unknown>))
    if (KRAMDOWN_KEYS.includes(key) && v !== undefined)
      out[key] = key === 'toc_levels' && typeof v === 'number' ? `${v}..${v}` : v
  return Object.keys(out).length ? out : undefined
}
