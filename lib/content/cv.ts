import { z } from 'zod'
import type { IssueList } from './issues'
import { linkUrl } from './links'
import { partialDate } from './partial-date'
import { loadYamlFile } from './yaml-file'

/**
 * `cv.yaml` follows the JSON Resume schema (https://jsonresume.org/schema, v1.0.0), so the file is
 * usable by that ecosystem's tools as it is (the site publishes it as /cv.json). The top level is
 * strict (a misspelt section is an error at its line); entries, as in the schema, may carry extra
 * fields, which are kept. Dates are ISO 8601 prefixes (`2024`, `2024-08`, `2024-08-12`).
 */
const date = partialDate.transform((d) => d.iso)
const text = z.string().trim().min(1)
const list = z.array(text)

const entry = {
  url: linkUrl.optional(),
  startDate: date.optional(),
  endDate: date.optional(),
  summary: text.optional(),
  highlights: list.optional(),
}

export const cvSchema = z.strictObject({
  $schema: z.string().optional(),
  basics: z.looseObject({
    name: text,
    label: text.optional(),
    image: linkUrl.optional(),
    email: z.email().optional(),
    phone: text.optional(),
    url: linkUrl.optional(),
    summary: text.optional(),
    location: z
      .looseObject({
        address: text.optional(),
        postalCode: text.optional(),
        city: text.optional(),
        countryCode: text.optional(),
        region: text.optional(),
      })
      .optional(),
    profiles: z
      .array(z.looseObject({ network: text, username: text.optional(), url: linkUrl.optional() }))
      .optional(),
  }),
  work: z
    .array(
      z.looseObject({
        name: text,
        position: text.optional(),
        location: text.optional(),
        description: text.optional(),
        ...entry,
      }),
    )
    .optional(),
  volunteer: z
    .array(z.looseObject({ organization: text, position: text.optional(), ...entry }))
    .optional(),
  education: z
    .array(
      z.looseObject({
        institution: text,
        area: text.optional(),
        studyType: text.optional(),
        score: text.optional(),
        courses: list.optional(),
        ...entry,
      }),
    )
    .optional(),
  awards: z
    .array(
      z.looseObject({
        title: text,
        date: date.optional(),
        awarder: text.optional(),
        summary: text.optional(),
      }),
    )
    .optional(),
  certificates: z
    .array(
      z.looseObject({
        name: text,
        date: date.optional(),
        issuer: text.optional(),
        url: linkUrl.optional(),
      }),
    )
    .optional(),
  publications: z
    .array(
      z.looseObject({
        name: text,
        publisher: text.optional(),
        releaseDate: date.optional(),
        url: linkUrl.optional(),
        summary: text.optional(),
      }),
    )
    .optional(),
  skills: z
    .array(z.looseObject({ name: text, level: text.optional(), keywords: list.optional() }))
    .optional(),
  languages: z.array(z.looseObject({ language: text, fluency: text.optional() })).optional(),
  interests: z.array(z.looseObject({ name: text, keywords: list.optional() })).optional(),
  references: z.array(z.looseObject({ name: text, reference: text.optional() })).optional(),
  projects: z
    .array(
      z.looseObject({
        name: text,
        description: text.optional(),
        keywords: list.optional(),
        roles: list.optional(),
        entity: text.optional(),
        type: text.optional(),
        ...entry,
      }),
    )
    .optional(),
  meta: z
    .looseObject({
      canonical: z.string().optional(),
      version: z.string().optional(),
      lastModified: z.string().optional(),
    })
    .optional(),
})

export type Resume = z.output<typeof cvSchema>

/** Loads `cv.yaml`; a site without one has no CV. */
export function loadCv(dir: string, issues: IssueList): Resume | undefined {
  return loadYamlFile(dir, 'cv.yaml', cvSchema, issues)?.data
}
