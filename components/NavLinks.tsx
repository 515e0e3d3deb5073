'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { currentIn, type NavItem } from '@/lib/nav'

/**
 * The header's links, the current section marked with `aria-current` (styled in globals.css).
 * A client component only for `usePathname`: the export renders each page with its own path, and
 * on a page that keeps the runtime the mark follows client-side navigation.
 */
export function NavLinks({ nav }: { nav: NavItem[] }) {
  const pathname = usePathname() ?? '/'
  return (
    <ul className="nav-list">
      {nav.map((item) => (
        <li key={item.url}>
          <Link href={item.url} aria-current={currentIn(item, pathname)}>
            {item.title}
          </Link>
        </li>
      ))}
    </ul>
  )
}
