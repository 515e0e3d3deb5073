import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { getContent, getSite } from '@/lib/content'
import { navItems } from '@/lib/nav'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return {
    metadataBase: new URL(site.url),
    title: { default: site.title, template: `%s · ${site.author.name}` },
    description: site.description,
    authors: [{ name: site.author.name, url: site.url }],
  }
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfbf8' },
    { media: '(prefers-color-scheme: dark)', color: '#17181c' },
  ],
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const content = await getContent()
  const { site } = content
  return (
    <html lang={site.lang}>
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <SiteHeader site={site} nav={navItems(content)} />
        <main id="content" className="container">
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  )
}
