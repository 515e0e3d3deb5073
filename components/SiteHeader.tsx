import Link from 'next/link'
import type { SiteConfig } from '@/lib/content'

export function SiteHeader({
  site,
  nav,
}: {
  site: SiteConfig
  nav: { title: string; url: string }[]
}) {
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link href="/" className="site-title">
          {site.title}
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            {nav.map((item) => (
              <li key={item.url}>
                <Link href={item.url}>{item.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
