import type { SiteConfig } from '@/lib/content'
import { url } from '@/lib/urls'

export type AnalyticsConfig = NonNullable<SiteConfig['analytics']>

/** One `<script>` to add at the end of <body>: its URL and its data-* attributes. */
export interface AnalyticsScript {
  src: string
  data: Record<string, string>
}

export interface AnalyticsSetup {
  scripts: AnalyticsScript[]
  /** The provider's hosts, added to these CSP directives (and nothing else is). */
  csp: { 'script-src': string[]; 'connect-src': string[]; 'img-src': string[] }
}

/** GA4's gtag bootstrap, a static file written into the export (no inline script). */
export const GA4_BOOTSTRAP_PATH = '/ga4.js'

const origin = (src: string) => new URL(src).origin

/**
 * What each provider loads and talks to. `id` is the GA4 measurement id, the Plausible domain,
 * the Umami website id or the GoatCounter code; `src` points at a self-hosted script. The hosts
 * are the ones each provider documents for a Content-Security-Policy.
 */
export function analyticsSetup(config: AnalyticsConfig, bootstrapSrc: string): AnalyticsSetup {
  const { id } = config
  switch (config.provider) {
    case 'ga4': {
      const src =
        config.src ?? `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(id)}`
      const google = ['https://*.google-analytics.com', 'https://*.analytics.google.com']
      return {
        scripts: [
          { src: bootstrapSrc, data: { id } },
          { src, data: {} },
        ],
        csp: {
          'script-src': [origin(src)],
          'connect-src': [...google, 'https://*.googletagmanager.com'],
          'img-src': [google[0]!, 'https://*.googletagmanager.com'],
        },
      }
    }
    case 'plausible': {
      const src = config.src ?? 'https://plausible.io/js/script.js'
      return {
        scripts: [{ src, data: { domain: id } }],
        csp: { 'script-src': [origin(src)], 'connect-src': [origin(src)], 'img-src': [] },
      }
    }
    case 'umami': {
      const src = config.src ?? 'https://cloud.umami.is/script.js'
      // Umami Cloud's script sends to its gateway; a self-hosted one sends to its own origin.
      const send = config.src ? origin(src) : 'https://gateway.umami.is'
      return {
        scripts: [{ src, data: { 'website-id': id } }],
        csp: { 'script-src': [origin(src)], 'connect-src': [send], 'img-src': [] },
      }
    }
    case 'goatcounter': {
      const src = config.src ?? 'https://gc.zgo.at/count.js'
      const endpoint = `https://${id}.goatcounter.com`
      return {
        scripts: [{ src, data: { goatcounter: `${endpoint}/count` } }],
        // count.js sends with sendBeacon, or an image where that is missing.
        csp: { 'script-src': [origin(src)], 'connect-src': [endpoint], 'img-src': [endpoint] },
      }
    }
  }
}

/**
 * The analytics a page of this build loads, or undefined: when site.yaml configures none, and in
 * development, so that the author's own visits are never counted.
 */
export function siteAnalytics(site: SiteConfig): AnalyticsSetup | undefined {
  if (process.env.NODE_ENV !== 'production' || !site.analytics) return undefined
  return analyticsSetup(site.analytics, url(GA4_BOOTSTRAP_PATH))
}

/**
 * The hosts the configured provider needs in the Content-Security-Policy, for the policies a build
 * writes (each page's, and vercel.json's header): a build is always for production.
 */
export function analyticsSources(site: SiteConfig): AnalyticsSetup['csp'] | undefined {
  return site.analytics && analyticsSetup(site.analytics, '').csp
}
