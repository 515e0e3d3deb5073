import Link from 'next/link'
import { EmojiText } from '@/components/EmojiText'
import { NavLinks } from '@/components/NavLinks'
import type { SiteConfig } from '@/lib/content'
import { navFitsOneRow, type NavItem } from '@/lib/nav'
import { url } from '@/lib/urls'

function SearchIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 16 16">
      <circle cx="6.5" cy="6.5" r="5" fill="none" stroke="currentColor" strokeWidth="1.75" />
      <path d="M10.5 10.5 15 15" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
    </svg>
  )
}

/** Half a disc: the page in the other theme. */
function ThemeIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 16 16">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor" />
    </svg>
  )
}

/** A screen: follow the system's setting. */
function SystemIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 16 16">
      <rect
        x="1.5"
        y="2"
        width="13"
        height="9"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
      <path d="M5 14h6M8 11v3" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  )
}

/**
 * The header on every page: one row from 45rem (720 px) up, two on a phone (the title and tools,
 * then the sections), and two at every width when the sections do not fit beside the title.
 * Search is a plain link to /search/ until /search.js turns it into a dialog. The theme controls
 * stay hidden until /theme.js makes them work: the toggle flips between light and dark, and
 * "Follow system theme", shown only while a choice is stored, forgets it.
 */
export function SiteHeader({ site, nav }: { site: SiteConfig; nav: NavItem[] }) {
  return (
    <header className="site-header">
      <div
        className={`container header-inner${navFitsOneRow(site.title, nav) ? '' : ' header-stacked'}`}
      >
        <Link href="/" className="site-title">
          <EmojiText text={site.title} />
        </Link>
        <nav aria-label="Main" className="site-nav">
          <NavLinks nav={nav} />
        </nav>
        <div className="header-tools">
          {/* A plain <a>, not <Link>: /search.js intercepts it, and without JavaScript it loads
              the page that explains why search needs it. */}
          <a className="search-link tool" href={url('/search/')} data-search-open title="Search">
            <SearchIcon />
            <span className="visually-hidden">Search</span>
          </a>
          <button
            type="button"
            className="theme-system tool"
            data-theme-system
            title="Follow system theme"
            hidden
            suppressHydrationWarning
          >
            <SystemIcon />
            <span className="visually-hidden">Follow system theme</span>
          </button>
          <button
            type="button"
            className="theme-toggle tool"
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
