import { INIT_PORT, MINIMAL_PORT, POSTS_ONLY_PORT, SITE_PORT } from '../../playwright.config'
import { anySiteChecks } from './any-site-checks'
import { test } from './fixtures'

/**
 * Checks that hold for any valid content, whoever wrote it: the live content/ (out/, which a fork
 * replaces with its own) gets only these, and so do the smallest sites the project supports. Every
 * behaviour is tested on fixture sites the tests wrote (tests/fixtures/), never on content/. Each
 * imported site of ../shared/corpus/jekyll gets the same checks in tests/corpus/.
 */
const SITES = [
  { name: 'the live content (out/)', port: SITE_PORT },
  { name: 'a site of site.yaml and one page', port: MINIMAL_PORT },
  { name: 'a site with posts but no publications or open-source data', port: POSTS_ONLY_PORT },
  { name: 'a fork just after npm run init', port: INIT_PORT },
]

for (const { name, port } of SITES) {
  test.describe(`any valid site: ${name}`, () => {
    // Content may embed what it likes from other sites (images, videos): the tests never fetch
    // it, and its being blocked is no failure. Errors of the site's own are.
    test.use({ baseURL: `http://127.0.0.1:${port}`, quietlyBlockedHosts: ['*'] })
    anySiteChecks()
  })
}
