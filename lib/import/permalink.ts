/**
 * Jekyll 4's URL rules, so every imported post and page keeps the address Jekyll gave it
 * (jekyll/lib/jekyll/document.rb, page.rb, url.rb, utils.rb and drops/url_drop.rb).
 */

/** The built-in permalink styles (`permalink: pretty` in _config.yml). */
export const PERMALINK_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
}

/** A style name becomes its pattern; anything else is already a pattern. */
export function permalinkPattern(style: string | undefined): string {
  const value = style ?? 'date'
  return PERMALINK_STYLES[value] ?? value
}

/**
 * Jekyll's `Utils.slugify`: `default` mode replaces every run of non-alphanumerics with "-",
 * `pretty` keeps `._~!$&'()+,;=@` too; the result is lowercased unless `cased`.
 */
export function slugify(
  text: string,
  mode: 'default' | 'pretty' = 'default',
  cased = false,
): string {
  const keep = mode === 'pretty' ? /[^\p{L}\p{N}._~!$&'()+,;=@]+/gu : /[^\p{L}\p{N}]+/gu
  const slug = text.replace(keep, '-').replace(/^-+|-+$/g, '')
  return cased ? slug : slug.toLowerCase()
}

/** A date as written in front matter: its wall-clock fields are used, as Jekyll's strftime does. */
export interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/

export function parseWallClock(raw: string): WallClock | undefined {
  const m = DATE.exec(raw.trim())
  if (!m) return undefined
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0))
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! }
}

const FULL_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[ T]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i

/**
 * A front-matter date in the one form the site reads (`YYYY-MM-DD[ HH:MM:SS][ +hhmm]`): Jekyll
 * (Ruby's Time.parse) also takes one-digit months, days and hours (`2019-04-25 9:00:00`) and
 * `UTC`. Undefined for a date the site could not read even so.
 */
export function canonicalDate(raw: string): string | undefined {
  const m = FULL_DATE.exec(raw.trim())
  if (!m) return undefined
  const [, y, mo, d, hh, mm, ss, zone] = m
  const day = `${y}-${pad(Number(mo))}-${pad(Number(d))}`
  if (hh === undefined) return day
  const z =
    !zone || /^(Z|UTC|GMT)$/i.test(zone) ? (zone ? ' +0000' : '') : ` ${zone.replace(':', '')}`
  return `${day} ${pad(Number(hh))}:${mm}:${ss ?? '00'}${z}`
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/**
 * A canonical date as Jekyll places it: a time with an offset (`2020-01-02 03:30:00 +0000`) is
 * read as that instant and shown on the site's clock (`_config.yml`'s `timezone:`, else UTC, as on
 * GitHub Pages), so a post written after midnight UTC is on the previous day in Los Angeles, in
 * its URL too. A date without an offset is already on the site's clock.
 */
export function onSiteClock(canonical: string, timeZone: string | undefined): string {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-])(\d{2})(\d{2})$/.exec(canonical)
  if (!m) return canonical
  const [, day, time, sign, oh, om] = m
  const instant = Date.parse(`${day}T${time}${sign}${oh}:${om}`)
  let parts: Intl.DateTimeFormatPart[]
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: timeZone ?? 'UTC',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(instant)
  } catch {
    return canonical // a zone this machine does not know: the date as written
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  const local = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  )
  const offset = Math.round((local - instant) / 60000)
  const abs = Math.abs(offset)
  return `${get('year')}-${pad(get('month'))}-${pad(get('day'))} ${pad(get('hour'))}:${pad(get('minute'))}:${pad(get('second'))} ${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
}
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** ISO 8601 week number (`%V`), as Jekyll's `:week`. */
function isoWeek(date: Date): number {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7))
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1)
  return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7)
}

/** Every placeholder a post's permalink may use, from its date, slug and categories. */
export function postPlaceholders(post: {
  date: WallClock
  /** The file name's slug (`2019-08-07-my-post.md` → `my-post`), or front matter `slug`. */
  slug: string
  categories: string[]
  outputExt: string
  collection?: string
  path?: string
}): Record<string, string> {
  const { date } = post
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day))
  const yDay = Math.round((utc.getTime() - Date.UTC(date.year, 0, 1)) / 86_400_000) + 1
  const categories = [...new Set(post.categories.map((c) => c.toLowerCase()))]
  return {
    year: String(date.year),
    month: pad(date.month),
    i_month: String(date.month),
    short_month: MONTHS[date.month - 1]!.slice(0, 3),
    long_month: MONTHS[date.month - 1]!,
    day: pad(date.day),
    i_day: String(date.day),
    y_day: pad(yDay, 3),
    short_year: pad(date.year % 100),
    week: pad(isoWeek(utc)),
    short_day: DAYS[utc.getUTCDay()]!.slice(0, 3),
    long_day: DAYS[utc.getUTCDay()]!,
    hour: pad(date.hour),
    minute: pad(date.minute),
    second: pad(date.second),
    title: slugify(post.slug, 'pretty', true),
    slug: slugify(post.slug),
    name: slugify(post.slug),
    categories: categories.join('/'),
    slugified_categories: categories.map((c) => slugify(c)).join('/'),
    output_ext: post.outputExt,
    collection: post.collection ?? 'posts',
    path: post.path ?? '',
  }
}

/**
 * Jekyll's `URL#to_s`: fills `:placeholders` (longest names first, so `:i_month` is not read as
 * `:i`), then collapses the empty segments a missing category leaves behind.
 */
export function fillPermalink(pattern: string, values: Record<string, string>): string {
  const names = Object.keys(values).sort((a, b) => b.length - a.length)
  const placeholder = new RegExp(`:(${names.join('|')})`, 'g')
  const filled = pattern.replace(placeholder, (_, name: string) => values[name] ?? '')
  return `/${filled}`.replace(/\/{2,}/g, '/')
}

/** The URL Jekyll gives a post. */
export function jekyllPostUrl(
  pattern: string,
  post: Parameters<typeof postPlaceholders>[0],
): string {
  return fillPermalink(pattern, postPlaceholders(post))
}

/**
 * The URL Jekyll gives a page (`page.rb#template`): `index` files are their folder, other HTML
 * output gets the style's ending (`/about/` for pretty, `/about.html` for the others).
 */
export function jekyllPageUrl(
  page: { dir: string; basename: string; outputExt: string; permalink?: string },
  style: string | undefined,
): string {
  const values = { path: page.dir, basename: page.basename, output_ext: page.outputExt }
  if (page.permalink) return fillPermalink(page.permalink, values)
  let template: string
  if (page.outputExt !== '.html') template = '/:path/:basename:output_ext'
  else if (page.basename === 'index') template = '/:path/'
  else template = `/:path/:basename${permalinkSuffix(style)}`
  return fillPermalink(template, values)
}

/** `Utils.add_permalink_suffix`: what a page URL ends with under a site's permalink style. */
function permalinkSuffix(style: string | undefined): string {
  const pattern = permalinkPattern(style)
  if (pattern.endsWith('/')) return '/'
  if (pattern.endsWith(':output_ext')) return ':output_ext'
  return ''
}

/**
 * The site's canonical form of a Jekyll URL and whether the old one needs a redirect page: folders
 * stay as they are; `/x.html` and `/x` (which Jekyll wrote as `x.html`) become `/x/`.
 */
export function canonicalUrl(jekyllUrl: string): { url: string; redirectFrom?: string } {
  if (jekyllUrl.endsWith('/')) return { url: jekyllUrl }
  if (jekyllUrl.endsWith('.html')) {
    const base = jekyllUrl.slice(0, -'.html'.length)
    const url = base.endsWith('/index') ? base.slice(0, -'index'.length) : `${base}/`
    return { url, redirectFrom: jekyllUrl }
  }
  // `/publications` was written as publications.html; the server sends /publications to /publications/.
  return { url: `${jekyllUrl}/` }
}
