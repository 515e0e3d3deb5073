import { z } from 'zod'

/**
 * The parts of nbformat 4 (Jupyter's notebook format since 2015, nbformat.v4.schema.json) that a
 * page shows. Objects stay loose: Jupyter and its extensions add keys of their own, which a reader
 * of the page never sees and which must not make a notebook invalid.
 */

/** nbformat's "multiline string": one string, or a list of lines (each keeping its "\n"). */
export const multiline = z
  .union([z.string(), z.array(z.string())], { error: 'expected a string or a list of strings' })
  .transform((s) => (Array.isArray(s) ? s.join('') : s))

/** A MIME bundle: text types as (multiline) strings, JSON types as any JSON value. */
const mimeBundle = z.record(z.string(), z.unknown()).default({})
const outputMetadata = z.record(z.string(), z.unknown()).default({})

const output = z.discriminatedUnion(
  'output_type',
  [
    z.looseObject({ output_type: z.literal('stream'), name: z.string(), text: multiline }),
    z.looseObject({
      output_type: z.literal('display_data'),
      data: mimeBundle,
      metadata: outputMetadata,
    }),
    z.looseObject({
      output_type: z.literal('execute_result'),
      execution_count: z.number().int().nullable().optional(),
      data: mimeBundle,
      metadata: outputMetadata,
    }),
    z.looseObject({
      output_type: z.literal('error'),
      ename: z.string(),
      evalue: z.string(),
      traceback: z.array(z.string()).default([]),
    }),
  ],
  { error: 'expected output_type "stream", "display_data", "execute_result" or "error"' },
)
export type NotebookOutput = z.output<typeof output>

const attachments = z.record(z.string(), z.record(z.string(), z.unknown())).optional()

const cell = z.discriminatedUnion(
  'cell_type',
  [
    z.looseObject({ cell_type: z.literal('markdown'), source: multiline, attachments }),
    z.looseObject({
      cell_type: z.literal('code'),
      source: multiline,
      execution_count: z.number().int().nullable().optional(),
      outputs: z.array(output).default([]),
    }),
    z.looseObject({ cell_type: z.literal('raw'), source: multiline }),
  ],
  { error: 'expected cell_type "markdown", "code" or "raw"' },
)
export type NotebookCell = z.output<typeof cell>

export const notebookSchema = z.looseObject({
  nbformat: z.literal(4),
  nbformat_minor: z.number().int().nonnegative(),
  metadata: z
    .looseObject({
      kernelspec: z.looseObject({ language: z.string().optional() }).optional(),
      language_info: z.looseObject({ name: z.string().optional() }).optional(),
    })
    .default({}),
  cells: z.array(cell),
})
export type Notebook = z.output<typeof notebookSchema>
