import type { Metadata } from 'next'
import { SectionLinks } from '@/components/SectionLinks'
import { getContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

export async function generateMetadata(): Promise<Metadata> {
  const { site } = await getContent()
  return pageMetadata(site, {
    title: 'Search',
    description: `Search the posts, publications and pages of ${site.title}.`,
    url: '/search/',
  })
}

/** The search page: /search.js builds the form and results in the placeholder, reading ?q=. */
export default async function SearchPage() {
  const content = await getContent()
  return (
    <div className="page">
      <h1 className="page-title">Search</h1>
      {/* Filled by /search.js. Empty inner HTML that React does not hydrate, so the script's
          form and results never clash with React's idea of the page. */}
      <div
        className="search-page"
        data-search-page
        dangerouslySetInnerHTML={{ __html: '' }}
        suppressHydrationWarning
      />
      <noscript>
        <p>
          Search runs in your browser, on an index built with the site, so it needs JavaScript,
          which is turned off or blocked here. Every page can also be reached from its section:
        </p>
        <SectionLinks content={content} />
      </noscript>
    </div>
  )
}
