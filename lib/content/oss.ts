import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { readText } from './files'
import type { IssueList } from './issues'
import { parseYaml, validate } from './yaml'

const year = z.number().int().min(1970).max(2100)
const url = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' })

const ossSchema = z.object({
  contributions: z.array(
    z.looseObject({
      year,
      project: z.string().min(1),
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected "owner/name"'),
      kind: z.enum(['pr', 'patch', 'issue']).default('pr'),
      number: z.union([z.number().int().positive(), z.string().min(1)]),
      url,
      title: z.string().min(1),
    }),
  ),
  own_projects: z
    .array(
      z.looseObject({
        year,
        name: z.string().min(1),
        url,
        /** What the project is, in a line ("archives podcasts and makes a feed for them"). */
        about: z.string().optional(),
        description: z.string().optional(),
        /** Site paths of posts about the project, linked under it. */
        posts: z
          .array(z.string().startsWith('/', 'expected a site path such as /blog/…'))
          .default([]),
      }),
    )
    .default([]),
})

export type OpenSource = z.output<typeof ossSchema>
export type Contribution = OpenSource['contributions'][number]

/** Loads `oss.yaml`; a site without one simply has no open-source page. */
export function loadOpenSource(dir: string, issues: IssueList): OpenSource | undefined {
  const file = path.join(dir, 'oss.yaml')
  if (!fs.existsSync(file)) return undefined
  const text = readText(file, issues)
  const parsed = text === undefined ? undefined : parseYaml(text, file, issues)
  return parsed && validate(ossSchema, parsed, file, issues, 'oss.yaml')
}
