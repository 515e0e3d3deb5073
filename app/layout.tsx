import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { getContent, getSite } from '@/lib/content'
import { feedAlternates } from '@/lib/feed-links'
import { navItems } from '@/lib/nav'
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
  return (
    <html lang={site.lang}>
      <head>
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
        {devEvents && <DevContentReload eventsUrl={devEvents} />}
      </body>
    </html>
  )
}
