import { z } from 'zod'
import type { IssueList } from './issues'
import { httpUrl as url, sitePath } from './links'
import { loadYamlFile } from './yaml-file'

const year = z.number().int().min(1970).max(2100)

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
        posts: z.array(sitePath).default([]),
      }),
    )
    .default([]),
})

export type OpenSource = z.output<typeof ossSchema>
export type Contribution = OpenSource['contributions'][number]

/** Loads `oss.yaml`; a site without one simply has no open-source page. */
export function loadOpenSource(dir: string, issues: IssueList): OpenSource | undefined {
  return loadYamlFile(dir, 'oss.yaml', ossSchema, issues)?.data
}
