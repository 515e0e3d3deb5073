import { Icon } from '@/components/Icon'
import type { SiteConfig } from '@/lib/content'
import { FEEDS } from '@/lib/feed-links'
import { iconFor } from '@/lib/icons'
import { url } from '@/lib/urls'
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
        <p className="footer-meta">
          <a className="feed-link" href={url(FEEDS.atom.path)} type={FEEDS.atom.type}>
            <Icon icon={iconFor('rss')} size={16} />
            Subscribe (feed)
          </a>
          {/* The emoji pictures (lib/emoji.ts) are Twemoji's, whose licence asks for credit. */}
          <span>
            Emoji by <a href="https://github.com/jdecked/twemoji">Twemoji</a> (CC-BY 4.0)
          </span>
        </p>
      </div>
    </footer>
  )
}
