import { staticScript } from '@/lib/static-script'

// Exported once at build time as the static file /search.js.
export const dynamic = 'force-static'

export function GET(): Response {
  return staticScript('components/enhance/search.js')
}
