import Link from 'next/link'
import { SearchForm } from '@/components/SearchForm'
import { getContent } from '@/lib/content'
import { navItems } from '@/lib/nav'

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
      <ul>
        {navItems(content).map((item) => (
          <li key={item.url}>
            <Link href={item.url}>{item.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
