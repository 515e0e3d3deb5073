import type { SiteConfig } from '@/lib/content'
import { ExternalLink } from './ExternalLink'

export function SiteFooter({ site }: { site: SiteConfig }) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="footer-name">{site.author.name}</p>
        <ul className="social-list" aria-label="Elsewhere">
          {site.social.map((s) => (
            <li key={s.url}>
              <ExternalLink href={s.url} rel="me noopener">
                {s.label ?? s.name}
              </ExternalLink>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  )
}
