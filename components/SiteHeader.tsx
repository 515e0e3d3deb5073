import Link from 'next/link'
import type { SiteConfig } from '@/lib/content'
import { url } from '@/lib/urls'

function SearchIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">
      <circle cx="6.5" cy="6.5" r="5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M10.5 10.5 15 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}

function ThemeIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor" />
    </svg>
  )
}

/**
 * The header on every page. Search is a plain link to /search/ until /search.js turns it into a
 * dialog; the theme toggle stays hidden until /theme.js makes it work.
 */
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
        <div className="header-tools">
          {/* A plain <a>, not <Link>: /search.js intercepts it, and without JavaScript it loads
              the page that explains why search needs it. */}
          <a className="search-link" href={url('/search/')} data-search-open>
            <SearchIcon />
            Search
          </a>
          <button
            type="button"
            className="theme-toggle"
            data-theme-toggle
            aria-pressed="false"
            title="Dark theme"
            hidden
            // /theme.js reveals it and sets aria-pressed, possibly before React hydrates.
            suppressHydrationWarning
          >
            <ThemeIcon />
            <span className="visually-hidden">Dark theme</span>
          </button>
        </div>
      </div>
    </header>
  )
}
