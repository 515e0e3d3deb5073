/**
 * `npm run vercel-json`: writes vercel.json from lib/security.ts, so Vercel sends the same
 * Content-Security-Policy as the pages' `<meta>` tag. A unit test fails when the two differ.
 */
import fs from 'node:fs'
import path from 'node:path'
import { siteSources } from '@/lib/content-sources'
import { contentDir } from '@/lib/content/files'
import { IssueList } from '@/lib/content/issues'
import { loadSiteConfig } from '@/lib/content/site'
import { securityHeaders } from '@/lib/security'

/** The configured analytics provider's hosts, which the policy must allow (lib/analytics.ts). */
function configuredAnalyticsSources() {
  const site = loadSiteConfig(path.resolve(contentDir()), new IssueList())
  return site && siteSources(site)
}

export function vercelConfig() {
  return {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    // A plain static site: Vercel runs our build and serves out/ (404.html included), with no
    // Next.js server.
    framework: null,
    installCommand: 'npm ci',
    buildCommand: 'npm run build',
    outputDirectory: 'out',
    cleanUrls: true,
    trailingSlash: true,
    headers: [{ source: '/(.*)', headers: securityHeaders(configuredAnalyticsSources()) }],
  }
}

export const VERCEL_JSON = 'vercel.json'

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync(VERCEL_JSON, `${JSON.stringify(vercelConfig(), null, 2)}\n`)
  console.log(`Wrote ${VERCEL_JSON}`)
}
