import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { linkUrl } from '@/lib/content/links'
import { publicationPath } from '@/lib/publications/model'
import { slugify } from '@/lib/slug'
import { dateText } from './front-matter'
import { canonicalUrl } from './permalink'

/** One document of a theme's collection (`_talks/x.md`), read but not yet converted. */
export interface CollectionDoc {
  collection: 'talks' | 'news' | 'projects' | 'portfolio' | 'teaching' | 'publications'
  source: string
  /** The file name without its extension. */
  name: string
  text: string
  data: Record<string, unknown>
  body: string
  bodyLine: number
  /** The URL Jekyll gave it (collections with `output: true`). */
  oldUrl?: string
}

type Convert = (doc: CollectionDoc) => string
type Flag = (file: string, line: number, message: string) => void
interface Moved {
  doc: CollectionDoc
  url: string
  title: string
}

// Keys the themes use for their own layouts; nothing of the content is lost without them.
const THEME_KEYS = new Set([
  'layout',
  'collection',
  'permalink',
  'redirect_from',
  'author_profile',
  'share',
  'comments',
  'comment',
  'giscus_comments',
  'related_posts',
  'toc',
  'nav',
  'nav_order',
  'sitemap',
  'read_time',
])

/** Flags each front-matter key that is neither mapped nor a theme's own. */
function leftOver(doc: CollectionDoc, used: string[], flag: Flag) {
  for (const key of Object.keys(doc.data))
    if (!used.includes(key) && !THEME_KEYS.has(key))
      flag(
        doc.source,
        keyLine(doc.text, key),
        `front matter "${key}" has no place in the site's ${doc.collection === 'portfolio' ? 'projects' : doc.collection}: not carried over`,
      )
}

/** The 1-based line of a front-matter key. */
export function keyLine(text: string, key: string): number {
  const i = text.split('\n').findIndex((l) => new RegExp(`^${key}\\s*:`).test(l))
  return i + 1
}

const str = (v: unknown) =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined

/** A date as the sections write it (YYYY-MM-DD): the front matter's, else the file name's. */
function dayOf(doc: CollectionDoc): string | undefined {
  const written = dateText(doc.data.date)
  return (
    /^\d{4}-\d{2}-\d{2}/.exec(written ?? '')?.[0] ??
    /^\d{4}-\d{2}(-\d{2})?$/.exec(written ?? '')?.[0] ??
    /^\d{4}$/.exec(written ?? '')?.[0] ??
    /^\d{4}-\d{2}-\d{2}/.exec(doc.name)?.[0]
  )
}

/** A link as the sections take it: a theme's relative `files/x.pdf` is the site's `/files/x.pdf`. */
function link(doc: CollectionDoc, key: string, flag: Flag): string | undefined {
  const raw = str(doc.data[key])
  if (!raw) return undefined
  const value = /^[\w-]+(\/|\.\w+$)/.test(raw) && !/^\w+:/.test(raw) ? `/${raw}` : raw
  if (linkUrl.safeParse(value).success) return value
  flag(
    doc.source,
    keyLine(doc.text, key),
    `${key} "${raw}" is not an http(s) URL or a site path: left out`,
  )
  return undefined
}

const canonical = (doc: CollectionDoc) => doc.oldUrl && canonicalUrl(doc.oldUrl).url

function skipUnpublished(doc: CollectionDoc, flag: Flag): boolean {
  if (doc.data.published !== false) return false
  flag(doc.source, keyLine(doc.text, 'published'), 'published: false: not imported')
  return true
}

const KINDS = ['keynote', 'tutorial', 'poster', 'podcast'] as const

/** academicpages' talk: `talk_type`, `venue`, `location`, `date`, slides and video links. */
export function mapTalk(doc: CollectionDoc, convert: Convert, flag: Flag) {
  if (skipUnpublished(doc, flag)) return undefined
  const date = dayOf(doc)
  const title = str(doc.data.title)
  if (!date || !title) {
    flag(doc.source, 1, `a talk needs a title and a date (YYYY-MM-DD): not imported`)
    return undefined
  }
  const type = (str(doc.data.talk_type) ?? str(doc.data.type) ?? 'talk').toLowerCase()
  const kind = KINDS.find((k) => type.includes(k)) ?? 'talk'
  if (kind === 'talk' && !/talk|seminar|lecture|presentation|colloquium/.test(type))
    flag(
      doc.source,
      keyLine(doc.text, doc.data.talk_type ? 'talk_type' : 'type'),
      `talk type "${type}" became "talk" (the site's kinds: talk, keynote, tutorial, poster, podcast)`,
    )
  const last = canonical(doc)?.match(/^\/talks\/([^/]+)\/$/)?.[1]
  const slug = last && /^[a-z0-9][a-z0-9-]*$/.test(last) ? last : slugify(last ?? doc.name)
  if (last && slug !== last)
    flag(
      doc.source,
      keyLine(doc.text, 'permalink') || 1,
      `the talk's old URL ${doc.oldUrl} cannot be kept (the site's talk URLs are lower-case letters, digits and "-"): it is /talks/${slug}/ now`,
    )
  const links = {
    slides: link(doc, doc.data.slidesurl ? 'slidesurl' : 'slides', flag),
    video: link(doc, doc.data.videourl ? 'videourl' : 'video', flag),
    event: link(doc, doc.data.link ? 'link' : 'event_url', flag),
  }
  leftOver(
    doc,
    [
      'title',
      'date',
      'talk_type',
      'type',
      'venue',
      'location',
      'slidesurl',
      'slides',
      'videourl',
      'video',
      'link',
      'event_url',
      'excerpt',
      'published',
    ],
    flag,
  )
  const abstract = plainAbstract(doc, convert(doc) || (str(doc.data.excerpt) ?? ''), flag)
  const entry: Record<string, unknown> = {
    title,
    date,
    ...(str(doc.data.venue) && { event: str(doc.data.venue) }),
    ...(str(doc.data.location) && { place: str(doc.data.location) }),
    kind,
    slug,
    ...(Object.values(links).some(Boolean) && {
      links: Object.fromEntries(Object.entries(links).filter(([, v]) => v)),
    }),
    ...(abstract && { abstract }),
  }
  return { doc, entry, url: `/talks/${slug}/`, title } satisfies Moved & { entry: unknown }
}

/** A talk's page shows its abstract as text: a body with more than paragraphs is flattened, and said so. */
function plainAbstract(doc: CollectionDoc, markdown: string, flag: Flag): string | undefined {
  if (!markdown.trim()) return undefined
  const tree = fromMarkdown(markdown)
  const other = tree.children.find((n) => n.type !== 'paragraph')
  if (other)
    flag(
      doc.source,
      doc.bodyLine + (other.position?.start.line ?? 1) - 1,
      `the talk's abstract is plain text on the site: its ${other.type} and what follows were flattened to text`,
    )
  return tree.children
    .map((n) => toString(n).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ')
}

/**
 * al-folio's news: `inline: true` items are a line of text on the home page (their old pages lead
 * to /news/); the others are short posts with a title, kept as pages at their old URLs and linked.
 */
export function mapNews(doc: CollectionDoc, convert: Convert, flag: Flag) {
  if (skipUnpublished(doc, flag)) return undefined
  const date = dayOf(doc)
  if (!date) {
    flag(
      doc.source,
      keyLine(doc.text, 'date') || 1,
      'a news item needs a date (YYYY-MM-DD): not imported',
    )
    return undefined
  }
  const title = str(doc.data.title)
  const body = convert(doc)
  leftOver(doc, ['date', 'inline', 'title', 'published', 'description'], flag)
  const own = canonical(doc)
  if (doc.data.inline === false && title && own && body) {
    const front = {
      title,
      permalink: own,
      ...(str(doc.data.description) && { description: str(doc.data.description) }),
    }
    return {
      doc,
      url: own,
      title,
      entry: { date, text: title, link: own },
      page: { name: doc.name, front, body },
    }
  }
  const text = body || title
  if (!text) {
    flag(doc.source, 1, 'a news item without text: not imported')
    return undefined
  }
  return { doc, url: '/news/', title: title ?? text.slice(0, 60), entry: { date, text } }
}

/** al-folio's `_projects` and academicpages' `_portfolio`: a card and a page each. */
export function mapProject(doc: CollectionDoc, convert: Convert, flag: Flag) {
  if (skipUnpublished(doc, flag)) return undefined
  const title = str(doc.data.title) ?? doc.name
  let description = str(doc.data.description) ?? textOf(str(doc.data.excerpt))
  if (!description) {
    description = title
    flag(doc.source, 1, 'no description: the card repeats the title; write one in the front matter')
  }
  const teaser = (doc.data.header as Record<string, unknown> | undefined)?.teaser
  const image =
    link(doc, 'img', flag) ??
    (typeof teaser === 'string'
      ? teaser.startsWith('/') || /^https?:/.test(teaser)
        ? teaser
        : `/images/${teaser}`
      : undefined)
  const links: { title: string; url: string }[] = []
  const external = link(doc, 'redirect', flag)
  if (external) links.push({ title: 'Project page', url: external })
  const github = str(doc.data.github)
  if (github)
    links.push({
      title: 'Code',
      url: /^https?:/.test(github) ? github : `https://github.com/${github}`,
    })
  if (doc.data.related_publications)
    flag(
      doc.source,
      keyLine(doc.text, 'related_publications'),
      'related_publications: list the papers\' BibTeX keys under "publications:" to show them on the project\'s page',
    )
  if (doc.data.category)
    flag(
      doc.source,
      keyLine(doc.text, 'category'),
      `category "${String(doc.data.category)}": the site's projects have no categories; the card is listed with the others`,
    )
  leftOver(
    doc,
    [
      'title',
      'description',
      'excerpt',
      'img',
      'header',
      'importance',
      'redirect',
      'github',
      'related_publications',
      'category',
      'published',
      'date',
    ],
    flag,
  )
  const last = canonical(doc)?.match(/^\/projects\/([^/]+)\/$/)?.[1]
  const slug = last ?? doc.name
  const front = {
    title,
    description,
    ...(image && { image }),
    ...(links.length && { links }),
    ...(typeof doc.data.importance === 'number' && { order: doc.data.importance }),
  }
  return { doc, slug, url: `/projects/${slug}/`, title, front, body: convert(doc) }
}

function textOf(html: string | undefined): string | undefined {
  const text = html
    ?.replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return text || undefined
}

const SEASON = /(spring|summer|autumn|fall|winter)/i

/** academicpages' course: `type`, `venue`, `location`, `date`; listed by term on /teaching/. */
export function mapTeaching(doc: CollectionDoc, convert: Convert, flag: Flag) {
  if (skipUnpublished(doc, flag)) return undefined
  const date = dayOf(doc)
  const title = str(doc.data.title)
  if (!date || !title) {
    flag(doc.source, 1, 'a course needs a title and a date (YYYY-MM-DD): not imported')
    return undefined
  }
  const season = SEASON.exec(`${str(doc.data.term) ?? ''} ${doc.name}`)?.[1]
  const term =
    str(doc.data.term) ??
    (season
      ? `${season[0]!.toUpperCase()}${season.slice(1).toLowerCase()} ${date.slice(0, 4)}`
      : date.slice(0, 4))
  const institution = [str(doc.data.venue), str(doc.data.location)].filter(Boolean).join(', ')
  leftOver(doc, ['title', 'date', 'term', 'venue', 'location', 'type', 'published'], flag)
  const front = {
    title,
    term,
    date,
    ...(institution && { institution }),
    ...(str(doc.data.type) && { role: str(doc.data.type) }),
  }
  return { doc, name: doc.name, url: '/teaching/', title, front, body: convert(doc) }
}

const ENTRY_TYPES: Record<string, [string, string]> = {
  manuscripts: ['article', 'journal'],
  conferences: ['inproceedings', 'booktitle'],
  books: ['book', 'publisher'],
}

/**
 * academicpages' `_publications/*.md`: one BibTeX entry each (the site's publications come from
 * a .bib), keyed by the file name so each keeps its URL (/publications/<key>/).
 */
export function mapPublications(docs: CollectionDoc[], convert: Convert, flag: Flag) {
  const moved: Moved[] = []
  const entries: string[] = []
  for (const doc of docs) {
    if (skipUnpublished(doc, flag)) continue
    const title = str(doc.data.title)
    const year = dayOf(doc)?.slice(0, 4)
    if (!title || !year) {
      flag(doc.source, 1, 'a publication needs a title and a date: not imported')
      continue
    }
    const key = doc.name.replace(/[^\w.:-]+/g, '-')
    if (key !== doc.name)
      flag(
        doc.source,
        1,
        `its BibTeX key is "${key}" (a key is letters, digits, "_", "-", "." or ":"): the old URL ${doc.oldUrl ?? ''} is not kept`,
      )
    const [type, venueField] = ENTRY_TYPES[str(doc.data.category) ?? ''] ?? ['misc', 'howpublished']
    const paper = link(doc, 'paperurl', flag)
    const abstract = textOf(convert(doc)) ?? textOf(str(doc.data.excerpt))
    const fields: [string, string | undefined][] = [
      ['title', title],
      ['year', year],
      [venueField, str(doc.data.venue)],
      [paper?.endsWith('.pdf') ? 'pdf' : 'url', paper],
      ['slides', link(doc, 'slidesurl', flag)],
      ['abstract', abstract],
    ]
    if (str(doc.data.citation))
      flag(
        doc.source,
        keyLine(doc.text, 'citation'),
        'the authors are only in the citation text: add an author field to its entry in content/publications.bib',
      )
    leftOver(
      doc,
      [
        'title',
        'date',
        'category',
        'venue',
        'paperurl',
        'slidesurl',
        'bibtexurl',
        'citation',
        'excerpt',
        'published',
      ],
      flag,
    )
    const body = fields
      .filter((f): f is [string, string] => !!f[1])
      .map(([k, v]) => `  ${k} = {${v.replace(/[{}\\]/g, '')}}`)
      .join(',\n')
    entries.push(`@${type}{${key},\n${body}\n}\n`)
    moved.push({ doc, url: publicationPath(key), title })
  }
  const bib = entries.length
    ? `% Imported by npm run import:jekyll from the Jekyll site's _publications/.\n\n${entries.join('\n')}`
    : undefined
  return { moved, bib }
}
