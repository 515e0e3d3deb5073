import fs from 'node:fs'

/** What scripts/reuse-pages.ts decided before Next.js runs (it explains how). */
export interface ReusePlan {
  site: string
  /** Post URL → signature, for every Markdown post with a page here. */
  posts: Record<string, string>
  /** Post URLs whose page is taken from the previous output. */
  reuse: string[]
}

/**
 * The post URLs whose pages the build takes from its previous output, so Next.js need not
 * generate them: none unless the build script passed a plan (never in `npm run dev`).
 */
export function reusedPostUrls(): Set<string> {
  // Next.js builds in its own process, so a file named in its environment is the one way in.
  const file = process.env.GIBSONIC_REUSE_PLAN
  if (!file || !fs.existsSync(file)) return new Set()
  return new Set((JSON.parse(fs.readFileSync(file, 'utf8')) as ReusePlan).reuse)
}
