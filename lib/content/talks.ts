import { z } from 'zod'
import { slugify } from '@/lib/slug'
import type { IssueList } from './issues'
import { linkUrl } from './links'
import { comparePartialDates, partialDate } from './partial-date'
import { loadYamlFile } from './yaml-file'

export const TALK_KINDS = {
  talk: 'Talk',
  keynote: 'Keynote',
  tutorial: 'Tutorial',
  poster: 'Poster',
  podcast: 'Podcast',
} as const

const talkSchema = z.strictObject({
  title: z.string().trim().min(1),
  date: partialDate,
  /** The conference, workshop or show it was part of. */
  event: z.string().trim().min(1).optional(),
  place: z.string().trim().min(1).optional(),
  kind: z.enum(Object.keys(TALK_KINDS) as [keyof typeof TALK_KINDS]).default('talk'),
  /** The last part of the talk's URL (`/talks/<slug>/`); by default the year and the title. */
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and "-"')
    .optional(),
  links: z
    .strictObject({
      slides: linkUrl.optional(),
      video: linkUrl.optional(),
      /** The event's own page. */
      event: linkUrl.optional(),
      /** A post about the talk: its path on this site, or an address elsewhere. */
      post: linkUrl.optional(),
      /** The BibTeX key of the paper the talk presents. */
      publication: z.string().trim().min(1).optional(),
    })
    .default({}),
  abstract: z.string().trim().min(1).optional(),
})

const talksSchema = z.array(talkSchema)

export type Talk = z.output<typeof talkSchema> & {
  slug: string
  /** `/talks/<slug>/`, the talk's own page. */
  url: string
}

/**
 * Loads `talks.yaml` (a list of talks), newest first. A site without one has no talks section.
 * `publicationKeys` are the .bib's keys: a talk naming another paper is an error at its line.
 */
export function loadTalks(
  dir: string,
  issues: IssueList,
  publicationKeys: ReadonlySet<string>,
): Talk[] | undefined {
  const loaded = loadYamlFile(dir, 'talks.yaml', talksSchema, issues)
  if (!loaded) return undefined
  const { file, parsed, data: list } = loaded
  const seen = new Map<string, number>()
  const talks = list.map((t, i): Talk => {
    const slug = t.slug ?? slugify(`${t.date.year} ${t.title}`)
    const at = parsed.positionOf([i, t.slug ? 'slug' : 'title'])
    const first = seen.get(slug)
    if (first !== undefined)
      issues.error(
        file,
        `talk URL /talks/${slug}/ is already used by talk ${first + 1} (expected a different "slug")`,
        at.line,
        at.column,
      )
    seen.set(slug, i)
    const key = t.links.publication
    if (key && !publicationKeys.has(key)) {
      const p = parsed.positionOf([i, 'links', 'publication'])
      issues.error(
        file,
        `links.publication: no entry "${key}" in publications.bib (expected one of its BibTeX keys)`,
        p.line,
        p.column,
      )
    }
    return { ...t, slug, url: `/talks/${slug}/` }
  })
  // Stable: talks of the same date keep the file's order.
  return talks.sort((a, b) => comparePartialDates(a.date, b.date))
}
