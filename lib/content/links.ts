import { z } from 'zod'

/** An address on the web: http(s) only (never `javascript:` or `//host`). */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' })

const SITE_PATH = /^\/(?!\/)\S*$/

/** A path on this site (`/blog/2024/06/26/talk/`), never `//host`. */
export const sitePath = z
  .string()
  .trim()
  .regex(SITE_PATH, 'expected a path on this site starting with "/", such as /blog/…')

/**
 * A link an author writes in a section's YAML: an http(s) address, or a path on this site
 * (`/assets/slides.pdf`, `/blog/2024/06/26/talk/`). Anything else (`javascript:`, `//host`) is refused.
 */
export const linkUrl = z
  .string()
  .trim()
  .refine((s) => /^https?:\/\/[^\s/]/i.test(s) || SITE_PATH.test(s), {
    message: 'expected an http(s) URL or a path on this site starting with "/"',
  })
