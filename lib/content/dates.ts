/** A date as the author wrote it: the calendar day is kept as written, with no time-zone shift. */
export interface ContentDate {
  /** `YYYY-MM-DD`, the day the author wrote, used in URLs and shown to readers. */
  day: string
  year: string
  month: string
  dayOfMonth: string
  /** The instant, for sorting and machine-readable output (midnight UTC when no time is given). */
  instant: Date
}

const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/

/** Parses `2019-08-07`, `2019-08-07 10:00`, `2019-08-07 10:00:00 +0100` or ISO 8601. */
export function parseContentDate(raw: string): ContentDate | { error: string } {
  const m = DATE.exec(raw.trim())
  if (!m)
    return {
      error: `"${raw}" is not a date (expected YYYY-MM-DD, optionally followed by HH:MM[:SS] and a zone such as +0100)`,
    }
  const [, year = '', month = '', dayOfMonth = '', hh = '00', mm = '00', ss = '00', zone] = m
  const y = Number(year)
  const mo = Number(month)
  const d = Number(dayOfMonth)
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth)
    return { error: `"${raw}" is an impossible date (${year}-${month} has no day ${dayOfMonth})` }
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59)
    return { error: `"${raw}" has an impossible time (expected HH:MM:SS within 23:59:59)` }
  const offset = !zone || zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`
  const instant = new Date(`${year}-${month}-${dayOfMonth}T${hh}:${mm}:${ss}${offset}`)
  return { day: `${year}-${month}-${dayOfMonth}`, year, month, dayOfMonth, instant }
}

/** "7 August 2019": dates are shown the same way everywhere, independent of the build machine. */
// Made once: building a formatter costs far more than formatting, and every list shows dates.
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

export function formatDay(date: ContentDate): string {
  return DAY_FORMAT.format(new Date(`${date.day}T00:00:00Z`))
}
