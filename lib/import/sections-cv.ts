import fs from 'node:fs'
import path from 'node:path'
import YAML, { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { cvSchema } from '@/lib/content/cv'
import type { ImportNote } from './report'

// JSON Resume files the themes read (al-folio's newer CV, academicpages' cv-json layout).
const RESUME_FILES = ['assets/json/resume.json', '_data/resume.json', '_data/cv.json']
// al-folio's older CV: a list of titled sections (map, time_table, list, nested_list).
const SECTION_FILES = ['_data/cv.yml', '_data/cv.yaml']

type Json = Record<string, unknown>
type Where = (path: (string | number)[]) => number

/**
 * The site's cv.yaml (JSON Resume) from a theme's CV data. What the schema does not take is left
 * out and reported at its line; `used` names the files read, so they are not listed as unused.
 */
export function planCv(
  siteDir: string,
  config: Json,
): { yaml?: string; notes: ImportNote[]; used: string[] } {
  const notes: ImportNote[] = []
  const found = [...RESUME_FILES, ...SECTION_FILES].filter((f) =>
    fs.existsSync(path.join(siteDir, f)),
  )
  const source = found[0]
  if (!source) return { notes, used: [] }
  for (const other of found.slice(1))
    notes.push({
      file: other,
      line: 0,
      kind: 'flagged',
      message: `a second CV: ${source} became content/cv.yaml; this one was not imported`,
    })
  const text = fs.readFileSync(path.join(siteDir, source), 'utf8')
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  const where: Where = (at) => {
    let node: unknown = doc.contents
    let offset = (node as Node | null)?.range?.[0] ?? 0
    for (const key of at) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key)
        if (!pair) break
        offset = (pair.key as Node).range?.[0] ?? offset
        node = pair.value
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key]
        offset = (node as Node).range?.[0] ?? offset
      } else break
    }
    return lines.linePos(offset).line
  }
  const flag = (line: number, message: string) =>
    notes.push({ file: source, line, kind: 'flagged', message })
  if (doc.errors.length) {
    flag(
      lines.linePos(doc.errors[0]!.pos[0]).line,
      `not readable: ${doc.errors[0]!.message.split('\n')[0]}; the CV was not imported`,
    )
    return { notes, used: found }
  }
  const data: unknown = doc.toJS()
  const resume = RESUME_FILES.includes(source)
    ? (data as Json)
    : fromSections(Array.isArray(data) ? data : [], config, where, flag)
  const kept = fitSchema(resume, where, flag)
  if (!kept) return { notes, used: found }
  notes.push({ file: source, line: 0, kind: 'converted', message: 'became content/cv.yaml' })
  return {
    yaml: `# Imported by npm run import:jekyll from the Jekyll site's ${source} (JSON Resume).\n${YAML.stringify(kept, { lineWidth: 0 })}`,
    notes,
    used: found,
  }
}

/** Empty values dropped, then each value the schema refuses left out, until it passes. */
function fitSchema(resume: Json, where: Where, flag: (line: number, m: string) => void) {
  const value = prune(resume) as Json | undefined
  if (!value) return undefined
  for (let round = 0; round < 50; round++) {
    const result = cvSchema.safeParse(value)
    if (result.success) return value
    const issue = result.error.issues[0]!
    const at = [...issue.path] as (string | number)[]
    if (issue.code === 'unrecognized_keys') at.push(issue.keys[0]!)
    if (!at.length || (at[0] === 'basics' && at.length <= 2 && at[1] === 'name')) {
      flag(
        where(at),
        `${at.join('.') || 'the CV'}: ${issue.message}; the CV was not imported (it needs basics.name)`,
      )
      return undefined
    }
    // A list entry without its required field goes whole; any other value goes alone.
    const missing = issue.code === 'invalid_type' && get(value, at) === undefined
    const drop = missing && typeof at.at(-2) === 'number' ? at.slice(0, -1) : at
    flag(where(drop), `${drop.join('.')}: ${issue.message}: left out of cv.yaml`)
    remove(value, drop)
  }
  return undefined
}

function prune(v: unknown): unknown {
  if (typeof v === 'string') return v.trim() ? v : undefined
  if (Array.isArray(v)) {
    const items = v.map(prune).filter((x) => x !== undefined)
    return items.length ? items : undefined
  }
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).map(([k, x]) => [k, prune(x)] as const)
    const kept = entries.filter(([, x]) => x !== undefined)
    return kept.length ? Object.fromEntries(kept) : undefined
  }
  return v ?? undefined
}

function get(root: unknown, at: (string | number)[]): unknown {
  return at.reduce<unknown>(
    (o, k) => (o as Record<string | number, unknown> | undefined)?.[k],
    root,
  )
}

function remove(root: unknown, at: (string | number)[]) {
  const parent = get(root, at.slice(0, -1)) as Record<string | number, unknown> | unknown[]
  const key = at.at(-1)!
  if (Array.isArray(parent)) parent.splice(Number(key), 1)
  else if (parent) delete parent[key]
  // A list or object left empty goes too.
  if (at.length > 1 && isEmpty(parent)) remove(root, at.slice(0, -1))
}

const isEmpty = (v: unknown) =>
  Array.isArray(v) ? v.length === 0 : !!v && typeof v === 'object' && !Object.keys(v).length

const SECTIONS: [RegExp, 'education' | 'work' | 'awards' | 'projects' | 'volunteer'][] = [
  [/educat|degree/i, 'education'],
  [/experience|employment|position|work|appointment/i, 'work'],
  [/award|honou?r|prize|grant/i, 'awards'],
  [/project/i, 'projects'],
  [/volunteer|service/i, 'volunteer'],
]

/** al-folio's `_data/cv.yml` sections, by title, into JSON Resume's; the rest is reported. */
function fromSections(
  sections: unknown[],
  config: Json,
  where: Where,
  flag: (line: number, m: string) => void,
): Json {
  const resume: Json & { basics: Json } = { basics: {} }
  const configName = [config.first_name, config.middle_name, config.last_name]
    .filter((s) => typeof s === 'string' && s.trim())
    .join(' ')
  if (configName) resume.basics.name = configName
  sections.forEach((raw, i) => {
    const s = (raw ?? {}) as Json
    const title = String(s.title ?? '')
    const contents = Array.isArray(s.contents) ? (s.contents as Json[]) : []
    const kind = SECTIONS.find(([re]) => re.test(title))?.[1]
    if (s.type === 'map' && /general|personal|contact|information/i.test(title)) {
      for (const [j, item] of contents.entries()) {
        const name = String(item?.name ?? '')
        if (/full name|^name$/i.test(name)) resume.basics.name = plain(item.value)
        else if (/e-?mail/i.test(name)) resume.basics.email = plain(item.value)
        else if (/languages?/i.test(name))
          resume.languages = String(item.value ?? '')
            .split(/,|\band\b/)
            .map((l) => ({ language: l.trim() }))
            .filter((l) => l.language)
        else flag(where([i, 'contents', j]), `"${name}" has no place in a JSON Resume: left out`)
      }
    } else if (kind && s.type === 'time_table') {
      const list = contents.flatMap((item, j) =>
        entry(kind, item, () => where([i, 'contents', j]), flag),
      )
      if (list.length) resume[kind] = [...((resume[kind] as Json[]) ?? []), ...list]
    } else if (/interest/i.test(title) && s.type === 'nested_list')
      resume.interests = contents.map((c) => ({
        name: plain(c.title),
        keywords: ((c.items as unknown[]) ?? []).map(plain),
      }))
    else if (/publication/i.test(title))
      flag(
        where([i, 'title']),
        `"${title}": the CV lists the publications of content/publications.bib itself; left out`,
      )
    else
      flag(
        where([i, 'title']),
        `section "${title}" (${String(s.type)}) has no place in a JSON Resume: left out`,
      )
  })
  return resume
}

/** One time_table row: `year` (`1905`, `1933 - 1955`, `2015-now`), title, institution, description. */
function entry(
  kind: (typeof SECTIONS)[number][1],
  item: Json,
  line: () => number,
  flag: (line: number, m: string) => void,
): Json[] {
  const [start, end] = years(item.year)
  const highlights = (
    (Array.isArray(item.description) ? item.description : [item.description]) as unknown[]
  )
    .flatMap((d) =>
      d && typeof d === 'object'
        ? [plain((d as Json).title), ...(((d as Json).contents as unknown[]) ?? []).map(plain)]
        : [plain(d)],
    )
    .filter(Boolean)
  const title = plain(item.title)
  const place = plain(item.institution)
  if (/<[a-z]/i.test(String(item.title ?? '')) || /<[a-z]/i.test(String(item.institution ?? '')))
    flag(line(), 'HTML in a CV entry became plain text (its links are not kept)')
  if (kind === 'awards')
    return ((item.items as unknown[]) ?? [title]).map((t) => ({
      title: plain(t),
      ...(start && { date: start }),
      ...(place && { awarder: place }),
    }))
  const dates = { ...(start && { startDate: start }), ...(end && { endDate: end }) }
  if (kind === 'education')
    return [
      {
        institution: place ?? title,
        ...(place && { studyType: title }),
        ...(start && !end ? { endDate: start } : dates),
        ...(highlights.length && { highlights }),
      },
    ]
  if (kind === 'projects')
    return [
      { name: title, ...dates, ...(highlights.length && { description: highlights.join(' ') }) },
    ]
  const org = kind === 'volunteer' ? 'organization' : 'name'
  return [
    {
      [org]: place ?? title,
      ...(place && { position: title }),
      ...dates,
      ...(highlights.length && { highlights }),
    },
  ]
}

function years(raw: unknown): [string?, string?] {
  const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}|now|present|current)?)?$/i.exec(String(raw ?? '').trim())
  if (!m) return []
  return [m[1], m[2] && /^\d{4}$/.test(m[2]) ? m[2] : undefined]
}

/** A value as plain text: al-folio's CV entries may hold HTML. */
function plain(v: unknown): string {
  return String(v ?? '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}
