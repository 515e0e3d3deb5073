import { performance } from 'node:perf_hooks'
import { splitAuthorErrors, type AuthorSources } from './author-markup'
import { pageHashes } from './html'
import { checkExternal, checkLinks, formatBrokenLink, type PageLinks } from './links'
import { validatePages } from './validate'

/**
 * The checks every export passes before it replaces out/: every internal link and fragment
 * resolves, and every page is valid HTML. External links are fetched only when asked (`external`),
 * because they need the network and fail for reasons the site cannot fix. Returns the problems.
 */
export async function checkOutput(
  dir: string,
  basePath: string,
  {
    external = false,
    links: known,
    hashes = pageHashes(dir),
    sources,
    warn = console.warn,
  }: {
    external?: boolean
    /** Pages whose links are known already, by the hash of their bytes (scripts/output/links.ts). */
    links?: ReadonlyMap<string, PageLinks>
    /** Every page's hash (`pageHashes`), when the caller has them. */
    hashes?: Map<string, string>
    /** Where the author's own markup came from: its validation errors are warnings. */
    sources?: AuthorSources
    warn?: (warning: string) => void
  } = {},
): Promise<string[]> {
  let start = performance.now()
  // Both checks remember pages by a hash of their bytes: each page is read and hashed once.
  const links = checkLinks(dir, basePath, hashes, known)
  const linkMs = performance.now() - start
  start = performance.now()
  const html = await validatePages(dir, hashes)
  const htmlMs = performance.now() - start
  console.log(
    `Checked ${links.links} links in ${links.pages} pages (${Math.round(linkMs)} ms) and validated the HTML of ${html.validated} new or changed pages (${Math.round(htmlMs)} ms)`,
  )
  const split = sources
    ? splitAuthorErrors(dir, html.errors, sources)
    : { errors: html.errors, warnings: [] }
  split.warnings.forEach((w) => warn(`warning: ${w}`))
  const problems = [...links.broken.map(formatBrokenLink), ...split.errors]
  if (external) {
    console.log(`Fetching ${links.external.size} external links...`)
    problems.push(...(await checkExternal(links.external)))
  }
  return problems
}
