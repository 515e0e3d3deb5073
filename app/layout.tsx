import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { AnalyticsScripts } from '@/components/AnalyticsScripts'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { siteAnalytics } from '@/lib/analytics'
import { getContent, getSite } from '@/lib/content'
import { feedAlternates } from '@/lib/feed-links'
import { navItems } from '@/lib/nav'
import { THEME_INIT_SCRIPT } from '@/lib/theme'
import { absoluteUrl, metadataBase, url } from '@/lib/urls'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return {
    metadataBase: metadataBase(site),
    title: { default: site.title, template: `%s · ${site.author.name}` },
    description: site.description,
    authors: [{ name: site.author.name, url: absoluteUrl(site, '/') }],
    // Feed readers find the feeds from any page.
    alternates: { types: feedAlternates(site) },
  }
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfbf8' },
    { media: '(prefers-color-scheme: dark)', color: '#17181c' },
  ],
}

// Set by scripts/dev.ts; in a production build this is undefined and the reloader is left out.
const devEvents =
  process.env.NODE_ENV === 'development' ? process.env.GIBSONIC_DEV_EVENTS : undefined

/** Imported only in development, so that production bundles do not carry it. */
async function DevContentReload({ eventsUrl }: { eventsUrl: string }) {
  if (process.env.NODE_ENV !== 'development') return null
  const { ContentReload } = await import('@/components/dev/ContentReload')
  return <ContentReload eventsUrl={eventsUrl} />
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const content = await getContent()
  const { site } = content
  const analytics = siteAnalytics(site)
  return (
    // The theme script below sets data-theme on <html> before React sees it.
    <html lang={site.lang} suppressHydrationWarning>
      <head>
        {/* First in <head> (after the charset and the Content-Security-Policy that the build
            writes in, scripts/output/csp.ts): applies a stored theme choice before the first paint. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
        {/* Next.js drops app/favicon.ico's link under a basePath, so the icon lives in public/. */}
        <link rel="icon" href={url('/favicon.ico')} sizes="48x48" />
      </head>
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <SiteHeader site={site} nav={navItems(content)} />
        <main id="content" className="container">
          {children}
        </main>
        <SiteFooter site={site} />
        {/* Progressive enhancement: the theme toggle and the search dialog. */}
        <script src={url('/theme.js')} defer />
        <script src={url('/search.js')} defer />
        {analytics && <AnalyticsScripts setup={analytics} />}
        {devEvents && <DevContentReload eventsUrl={devEvents} />}
      </body>
    </html>
  )
}
