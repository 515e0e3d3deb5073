import Link from 'next/link'
import type { SiteContent } from '@/lib/content'
import { navItems } from '@/lib/nav'

/** The site's sections as a plain list: a way on from the 404 page and the no-JavaScript search page. */
export function SectionLinks({ content }: { content: SiteContent }) {
  return (
    <ul>
      {navItems(content).map((item) => (
        <li key={item.url}>
          <Link href={item.url}>{item.title}</Link>
        </li>
      ))}
    </ul>
  )
}
