import { MONTH_MACROS } from './model'

/** Fields only this site uses; they are left out of the BibTeX shown to and downloaded by visitors. */
export const PRIVATE_FIELDS = new Set([
  'abstract',
  'award',
  'badges',
  'code',
  'keywords',
  'pdf',
  'poster',
  'selected',
  'slides',
  'venue_short',
  'venue_url',
  'video',
])

// The usual order of a reference: who, what, where, when, then identifiers. Others follow, sorted.
const FIELD_ORDER = [
  'author',
  'editor',
  'title',
  'booktitle',
  'journal',
  'school',
  'institution',
  'type',
  'series',
  'volume',
  'number',
  'pages',
  'year',
  'month',
  'publisher',
  'organization',
  'address',
  'venue',
  'isbn',
  'issn',
  'doi',
  'url',
  'eprint',
  'archiveprefix',
  'primaryclass',
  'note',
]

const CANONICAL_NAME: Record<string, string> = {
  archiveprefix: 'archivePrefix',
  primaryclass: 'primaryClass',
}

/** `month = oct` is how BibTeX styles expect a month; anything else stays a braced string. */
function monthMacro(value: string): string {
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 && n <= 12 ? MONTH_MACROS[n - 1]! : `{${value}}`
}

type RawValue =
  | string
  | string[]
  | { lastName?: string; firstName?: string; name?: string; prefix?: string; suffix?: string }[]

function nameToBibtex(n: {
  lastName?: string
  firstName?: string
  name?: string
  prefix?: string
  suffix?: string
}): string {
  if (n.name) return `{${n.name}}`
  const family = [n.prefix, n.lastName].filter(Boolean).join(' ')
  return [family, n.suffix, n.firstName].filter(Boolean).join(', ')
}

function valueToBibtex(field: string, value: RawValue): string {
  if (typeof value === 'string') return value
  if (field === 'author' || field === 'editor')
    return (value as Exclude<RawValue, string | string[]>).map(nameToBibtex).join(' and ')
  return (value as string[]).join(field === 'keywords' ? ', ' : ' and ')
}

/**
 * One entry as clean BibTeX from the parser's raw (LaTeX-preserving) fields: known fields in a
 * stable order, unknown ones kept and sorted, private site fields left out, aligned `=`.
 */
export function formatBibtexEntry(
  type: string,
  key: string,
  rawFields: Record<string, RawValue>,
): string {
  const names = Object.keys(rawFields).filter((f) => !PRIVATE_FIELDS.has(f) && f !== 'crossref')
  const known = FIELD_ORDER.filter((f) => names.includes(f))
  const rest = names.filter((f) => !FIELD_ORDER.includes(f)).sort()
  const fields = [...known, ...rest].map(
    (f) => [CANONICAL_NAME[f] ?? f, valueToBibtex(f, rawFields[f]!)] as const,
  )
  const width = Math.max(0, ...fields.map(([f]) => f.length))
  const lines = fields.map(
    ([f, v]) => `  ${f.padEnd(width)} = ${f === 'month' ? monthMacro(v) : `{${v}}`}`,
  )
  return `@${type}{${key},\n${lines.join(',\n')}\n}\n`
}
