import type { SiteConfig, Talk } from '@/lib/content'
import { absoluteUrl } from '@/lib/urls'

/** schema.org `Event` for a talk's page: what, when, where, and who spoke. */
export function talkEvent(site: SiteConfig, talk: Talk): Record<string, unknown> {
  const { links } = talk
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: talk.title,
    startDate: talk.date.iso,
    url: absoluteUrl(site, talk.url),
    ...(talk.abstract && { description: talk.abstract }),
    ...(talk.place && { location: { '@type': 'Place', name: talk.place } }),
    ...(talk.event && {
      superEvent: {
        '@type': 'Event',
        name: talk.event,
        ...(links.event && { url: absoluteUrl(site, links.event) }),
      },
    }),
    performer: { '@type': 'Person', name: site.author.name, url: absoluteUrl(site, '/') },
    ...(links.video && {
      recordedIn: { '@type': 'CreativeWork', url: absoluteUrl(site, links.video) },
    }),
    ...(links.slides && {
      workFeatured: {
        '@type': 'PresentationDigitalDocument',
        url: absoluteUrl(site, links.slides),
      },
    }),
  }
}
