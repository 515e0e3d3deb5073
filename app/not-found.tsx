import { SearchForm } from '@/components/SearchForm'
import { SectionLinks } from '@/components/SectionLinks'
import { getContent } from '@/lib/content'

export const metadata = { title: 'Page not found' }

export default async function NotFound() {
  const content = await getContent()
  return (
    <div className="page">
      <h1 className="page-title">Page not found</h1>
      <p>
        There is nothing at this address. It may have moved when the site was rebuilt, or the link
        may have a typo.
      </p>
      <SearchForm label="Search the site for what you were looking for" />
      <p>Or start from one of the sections:</p>
      <SectionLinks content={content} />
    </div>
  )
}
