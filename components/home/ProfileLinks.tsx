import { Icon } from '@/components/Icon'
import type { SiteConfig } from '@/lib/content'
import { iconFor } from '@/lib/icons'

/** Profiles and contact, each a recognisable icon and its name: site.yaml's `social` and `author.email`. */
export function ProfileLinks({ site }: { site: SiteConfig }) {
  const links = [
    ...(site.author.email
      ? [{ name: 'Email', url: `mailto:${site.author.email}`, icon: 'mail', rel: undefined }]
      : []),
    ...site.social.map((s) => ({
      name: s.name,
      url: s.url,
      icon: s.icon ?? s.name,
      rel: 'me noopener',
    })),
  ]
  if (!links.length) return null
  return (
    <ul className="profile-links" aria-label="Profiles and contact">
      {links.map((l) => (
        <li key={l.url}>
          <a href={l.url} rel={l.rel}>
            <Icon icon={iconFor(l.icon)} />
            <span>{l.name}</span>
          </a>
        </li>
      ))}
    </ul>
  )
}
