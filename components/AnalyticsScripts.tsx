import type { AnalyticsSetup } from '@/lib/analytics'

/**
 * The analytics provider's script tags, at the end of <body> and deferred, so they load after the
 * page content and never delay it.
 */
export function AnalyticsScripts({ setup }: { setup: AnalyticsSetup }) {
  return setup.scripts.map(({ src, data }) => (
    <script
      key={src}
      src={src}
      defer
      {...Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v]))}
    />
  ))
}
