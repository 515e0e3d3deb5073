import path from 'node:path'
import { z } from 'zod'
import { GFM_QUIRKS, TYPOGRAPHIC_SYMBOLS } from '@/lib/markdown/kramdown-options'
import { splitSiteAddress } from '@/lib/urls'
import { readText } from './files'
import { displayPath, type IssueList } from './issues'
import { normalisePermalink, normaliseRedirect } from './permalink'
import type { Redirect } from './redirects'
import { parseYaml, validate, type ParsedYaml } from './yaml'

/** Posts a list page shows when site.yaml does not say (`posts.per_page`). */
export const DEFAULT_PER_PAGE = 20

// Links the site shows (social, employer): never a script URL (lib/url-safety.ts).
const link = z.object({
  name: z.string().min(1),
  url: z.url({ protocol: /^(https?|mailto)$/, error: 'expected an http(s) or mailto URL' }),
})

// A self-hosted Plausible or Umami (or a proxy) serves the script from its own address.
const analyticsSrc = z.url({ protocol: /^https$/, error: 'expected an https URL' }).optional()

/**
 * Optional analytics. `id` is what each provider calls the site: the GA4 measurement id, the
 * domain registered with Plausible, the Umami website id, the GoatCounter code.
 */
const analytics = z.discriminatedUnion(
  'provider',
  [
    z.strictObject({
      provider: z.literal('ga4'),
      id: z.string().regex(/^G-[A-Z0-9]+$/, 'expected a GA4 measurement id such as G-ABC123XYZ'),
      src: analyticsSrc,
    }),
    z.strictObject({
      provider: z.literal('plausible'),
      id: z.hostname('expected the domain the site is registered under, such as example.org'),
      src: analyticsSrc,
    }),
    z.strictObject({
      provider: z.literal('umami'),
      id: z.uuid('expected the Umami website id, a UUID'),
      src: analyticsSrc,
    }),
    z.strictObject({
      provider: z.literal('goatcounter'),
      id: z
        .string()
        .regex(/^[a-z0-9-]+$/, 'expected the GoatCounter code, the name before .goatcounter.com'),
      src: analyticsSrc,
    }),
  ],
  { error: 'expected provider: ga4, plausible, umami or goatcounter' },
)

const flag = z.boolean({ error: 'expected true or false' }).optional()
const kramdownSchema = z.looseObject({
  input: z
    .string()
    .regex(/^(gfm|kramdown)$/i, "expected GFM (Jekyll's default) or kramdown")
    .optional(),
  parse_block_html: flag,
  parse_span_html: flag,
  html_to_native: flag,
  auto_ids: flag,
  hard_wrap: flag,
  remove_line_breaks_for_cjk: flag,
  footnote_backlink_inline: flag,
  auto_id_prefix: z.string().optional(),
  footnote_prefix: z.string().optional(),
  footnote_link_text: z.string().optional(),
  footnote_backlink: z.string().optional(),
  footnote_nr: z
    .number({ error: 'expected a whole number, such as 1' })
    .int({ error: 'expected a whole number, such as 1' })
    .min(0)
    .optional(),
  smart_quotes: z
    .string()
    .regex(
      /^\s*[^,]+(\s*,\s*[^,]+){3}\s*$/,
      'expected four comma-separated entity names or numbers, such as lsquo,rsquo,ldquo,rdquo',
    )
    .optional(),
  math_engine: z.string().nullable().optional(),
  header_offset: z
    .number({ error: 'expected a whole number, such as 1' })
    .int({ error: 'expected a whole number, such as 1' })
    .optional(),
  gfm_quirks: z
    .union(
      [
        z
          .string()
          .regex(
            new RegExp(`^\\s*(${GFM_QUIRKS.join('|')})?(\\s*,\\s*(${GFM_QUIRKS.join('|')}))*\\s*$`),
          ),
        z.array(z.enum(GFM_QUIRKS)),
      ],
      { error: `expected a list of GFM quirks: ${GFM_QUIRKS.join(', ')}` },
    )
    .optional(),
  typographic_symbols: z
    .partialRecord(z.enum(TYPOGRAPHIC_SYMBOLS), z.string(), {
      error: `expected a map from ${TYPOGRAPHIC_SYMBOLS.join(', ')} to text`,
    })
    .optional(),
  toc_levels: z
    .union(
      [z.string().regex(/^\s*[1-6]\s*\.\.\s*[1-6]\s*$/), z.array(z.number().int().min(1).max(6))],
      {
        error: 'expected a range of heading levels such as 1..6, or a list such as [2, 3]',
      },
    )
    .optional(),
})

const siteSchema = z
  .looseObject({
    title: z.string().min(1),
    description: z.string().min(1),
    /**
     * Canonical origin, used for absolute URLs in feeds, sitemaps and social tags. An origin only:
     * a site served under a path (a GitHub Pages project site) gets that path from BASE_PATH at
     * build time, and absoluteUrl (lib/urls.ts) adds it, so a path here would appear twice.
     */
    url: z
      .url({
        protocol: /^https?$/,
        error: 'expected the address the site is served at, such as https://example.org',
      })
      // Only for an http(s) address: anything else has had the error above.
      .refine(
        (u) => !/^https?:\/\//.test(u) || (!splitSiteAddress(u).basePath && !/[?#]/.test(u)),
        {
          error: (issue) =>
            `expected the site's origin only, such as ${splitSiteAddress(String(issue.input)).origin} ` +
            '(a site served under a path, such as a GitHub Pages project site, gets the path from ' +
            'BASE_PATH when it is built)',
        },
      )
      .transform((u) => u.replace(/\/+$/, '')),
    /**
     * The custom domain GitHub Pages serves the site at (the host of `url`); the build writes it to
     * out/CNAME. Leave it out for a github.io site.
     */
    domain: z.hostname().optional(),
    lang: z.string().default('en'),
    author: z.looseObject({
      name: z.string().min(1),
      job_title: z.string().optional(),
      image: z.string().optional(),
      /** A contact address, shown with the profile links on the home page (as a mailto: link). */
      email: z.email().optional(),
      employer: link.optional(),
      alumni: z.array(link).default([]),
    }),
    nav: z
      .array(z.object({ title: z.string().min(1), url: z.string().startsWith('/') }))
      .min(1, 'expected at least one navigation entry'),
    publications: z
      .object({
        /** How the author's own name is written in BibTeX, to emphasise it in author lists. */
        self: z.array(z.string().min(1)).default([]),
      })
      .default({ self: [] }),
    posts: z
      .object({
        /** Jekyll-style pattern for post URLs; the default keeps the old site's URLs. */
        permalink: z.string().default('/blog/:year/:month/:day/:title/'),
        /** Old URL patterns every post also answers at (redirect pages), e.g. Jekyll's `.html` URLs. */
        redirect_from: z.array(z.string()).default([]),
        /** Posts on each page of the post list and of each tag's list (lib/pagination.ts). */
        per_page: z
          .int({ error: 'expected a whole number of posts, such as 20' })
          .min(1, 'expected at least 1 post a page')
          .default(DEFAULT_PER_PAGE),
      })
      .default({
        permalink: '/blog/:year/:month/:day/:title/',
        redirect_from: [],
        per_page: DEFAULT_PER_PAGE,
      }),
    /** How posts cite BibTeX entries (lib/markdown/citations.ts): `[1]` or `(Gibson et al., 2023)`. */
    citations: z
      .object({
        style: z
          .enum(['numbered', 'author-year'], { error: 'expected numbered or author-year' })
          .default('numbered'),
      })
      .default({ style: 'numbered' }),
    /** Off when absent, so a fork starts without anyone's tracking. */
    analytics: analytics.optional(),
    social: z
      .array(
        link.extend({
          username: z.string().optional(),
          label: z.string().optional(),
          /**
           * The icon beside the link: a Simple Icons slug (`mastodon`, `orcid`) or one of the
           * site's own (`key`, `mail`, `link`). Without it the icon is found from `name`.
           */
          icon: z.string().optional(),
        }),
      )
      .default([]),
    /**
     * Old addresses that are not a post's or a page's (an old pagination page, a removed section)
     * and where each now leads; every one becomes a small page that sends the visitor on.
     */
    redirects: z.array(z.object({ from: z.string(), to: z.string() })).default([]),
    /** kramdown's options, as in Jekyll's `_config.yml` (see lib/markdown/kramdown-options.ts). */
    kramdown: kramdownSchema.optional(),
    /** What content may do beyond Markdown (README, "What content can do"). */
    content: z
      .object({
        /**
         * Which documents may carry `<script>` elements: `none` (the default), `per-page` (those
         * whose front matter says `scripts: true`, as `npm run import:jekyll` marks posts with
         * charts) or `all`. Scripts come only from this site, never from another host.
         */
        scripts: z.enum(['none', 'per-page', 'all']).default('none'),
        /**
         * Other sites whose pages content may embed in an `<iframe>` (`https://host` origins),
         * besides YouTube; the pages' security policy allows exactly these.
         */
        frames: z
          .array(z.string().regex(/^https:\/\/[a-z0-9.-]+(:\d+)?$/i, 'expected https://host'))
          .default([]),
      })
      .default({ scripts: 'none', frames: [] }),
  })
  .refine(
    (site) => !site.domain || !URL.canParse(site.url) || new URL(site.url).hostname === site.domain,
    {
      path: ['domain'],
      message: 'expected the host of `url`: the custom domain is where the canonical URLs point',
    },
  )

type SiteSchemaOutput = z.output<typeof siteSchema>

export type SiteConfig = {
  [K in keyof SiteSchemaOutput as K extends 'redirects' ? never : K]: SiteSchemaOutput[K]
} & {
  /** `redirects`, checked and in canonical form. */
  redirects: Redirect[]
  /** The untouched YAML, which `{{ site.* }}` in Markdown resolves against. */
  raw: Record<string, unknown>
}

/**
 * Whether one page or post may carry `<script>` elements: site.yaml's `content.scripts` and the
 * document's own `scripts` key. Asking for scripts the site does not allow is an error at the key.
 */
export function scriptsAllowed(
  site: SiteConfig,
  own: unknown,
  parsed: ParsedYaml,
  file: string,
  issues: IssueList,
): boolean {
  const setting = site.content.scripts
  if (setting === 'all') return true
  if (own !== true) return false
  if (setting === 'per-page') return true
  const at = parsed.positionOf(['scripts'])
  issues.error(
    file,
    'scripts: true, but site.yaml does not allow scripts (expected content.scripts: per-page in site.yaml, or no scripts key)',
    at.line,
    at.column,
  )
  return false
}

/** Loads and validates `site.yaml`, the one place the site's identity is declared. */
export function loadSiteConfig(dir: string, issues: IssueList): SiteConfig | undefined {
  const file = path.join(dir, 'site.yaml')
  const text = readText(file, issues)
  if (text === undefined) return undefined
  const parsed = parseYaml(text, file, issues)
  if (!parsed) return undefined
  const site = validate(siteSchema, parsed, file, issues, 'site.yaml')
  return (
    site && {
      ...site,
      redirects: siteRedirects(site.redirects, parsed, file, issues),
      raw: parsed.data as Record<string, unknown>,
    }
  )
}

/** Checks each `redirects` entry: both ends must be paths of this site. */
function siteRedirects(
  entries: { from: string; to: string }[],
  parsed: ParsedYaml,
  file: string,
  issues: IssueList,
): Redirect[] {
  const redirects: Redirect[] = []
  entries.forEach((entry, i) => {
    const fromAt = parsed.positionOf(['redirects', i, 'from'])
    const toAt = parsed.positionOf(['redirects', i, 'to'])
    const from = normaliseRedirect(entry.from, 'redirects.from')
    const to = normalisePermalink(entry.to, 'redirects.to')
    if ('error' in from) issues.error(file, from.error, fromAt.line, fromAt.column)
    if ('error' in to) issues.error(file, to.error, toAt.line, toAt.column)
    if ('url' in from && 'url' in to)
      redirects.push({ from: from.url, to: to.url, file: displayPath(file), urlAt: fromAt })
  })
  return redirects
}
