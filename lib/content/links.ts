import { z } from 'zod'

/**
 * A link an author writes in a section's YAML: an http(s) address, or a path on this site
 * (`/assets/slides.pdf`, `/blog/2024/06/26/talk/`). Anything else (`javascript:`, `//host`) is refused.
 */
export const linkUrl = z
  .string()
  .trim()
  .refine((s) => /^https?:\/\/[^\s/]/i.test(s) || /^\/(?!\/)\S*$/.test(s), {
    message: 'expected an http(s) URL or a path on this site starting with "/"',
  })
