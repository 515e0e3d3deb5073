/** One old URL and where it now leads. */
export interface Redirect {
  from: string
  to: string
  /** The file that asked for it, and where, for duplicate-URL messages. */
  file: string
  urlAt: { line: number; column: number }
}
