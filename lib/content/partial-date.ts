import { z } from 'zod'

/**
 * A date known to the year, the month or the day (`2022`, `2022-06`, `2022-06-30`), as talks, news
 * and CVs are dated (JSON Resume's dates are such ISO 8601 prefixes). YAML gives a bare year as a
 * number, so that is accepted too.
 */
export interface PartialDate {
  /** As written, normalised: `2022`, `2022-06` or `2022-06-30`; also the schema.org/ISO form. */
  iso: string
  year: number
  month?: number
  day?: number
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' })
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

export const partialDate = z
  .union([z.string(), z.number().int()])
  .transform((raw, ctx): PartialDate => {
    const text = String(raw).trim()
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text)
    const year = Number(m?.[1])
    const month = m?.[2] ? Number(m[2]) : undefined
    const day = m?.[3] ? Number(m[3]) : undefined
    const daysInMonth = month ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 31
    if (!m || (month && (month < 1 || month > 12)) || (day && (day < 1 || day > daysInMonth))) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
      })
      return z.NEVER
    }
    return { iso: text, year, month, day }
  })

/** "30 June 2022", "June 2022" or "2022", as precise as the author was. */
export function formatPartialDate(d: PartialDate): string {
  if (d.day) return DAY.format(new Date(Date.UTC(d.year, d.month! - 1, d.day)))
  if (d.month) return `${MONTH.format(new Date(Date.UTC(d.year, d.month - 1, 1)))} ${d.year}`
  return String(d.year)
}

/** Newest first; a date known only to the year sorts after the dated items of that year. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return b.year - a.year || (b.month ?? 0) - (a.month ?? 0) || (b.day ?? 0) - (a.day ?? 0)
}
