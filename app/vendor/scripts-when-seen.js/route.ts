import { staticScript } from '@/lib/static-script'

// Exported once at build time as the static file /vendor/scripts-when-seen.js.
export const dynamic = 'force-static'

/**
 * The loader that runs a post's own scripts only when what they draw comes into view
 * (lib/scripts-when-seen.js; the page carries them inert, lib/markdown/scripts-when-seen.ts). Like
 * the other vendored files, it is published only when some page loads it (scripts/postbuild.ts).
 */
export function GET(): Response {
  return staticScript('lib/scripts-when-seen.js')
}
