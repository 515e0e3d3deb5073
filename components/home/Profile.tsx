import path from 'node:path'
import { EmojiText } from '@/components/EmojiText'
import type { SiteConfig } from '@/lib/content'
import { imageFileSize, publicDir } from '@/lib/markdown/public-files'
import { url } from '@/lib/urls'
import { ProfileLinks } from './ProfileLinks'

/** The photo's width and height, read from the file, so the page does not move when it loads. */
function photoSize(image: string): { width: number; height: number } | undefined {
  const size = imageFileSize(path.join(publicDir(), image))
  return typeof size === 'object' ? size : undefined
}

/**
 * The top of the home page: who this is (name, role, employer), the photo, and where else to find
 * and reach them. Everything comes from site.yaml's `author` and `social`.
 */
export function Profile({ site }: { site: SiteConfig }) {
  const { author } = site
  const size = author.image && !/^https?:/.test(author.image) ? photoSize(author.image) : undefined
  return (
    <header className={author.image ? 'profile' : 'profile profile-no-photo'}>
      {author.image && (
        // The first thing on screen: loaded at once, at its own size, drawn at 7.5rem.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          className="profile-photo"
          src={/^https?:/.test(author.image) ? author.image : url(author.image)}
          alt={`Photo of ${author.name}`}
          width={size?.width ?? 160}
          height={size?.height ?? 160}
          loading="eager"
          fetchPriority="high"
          decoding="async"
        />
      )}
      <div className="profile-text">
        <h1 className="profile-name">
          <EmojiText text={author.name} />
        </h1>
        {(author.job_title || author.employer) && (
          <p className="profile-role">
            {author.job_title}
            {author.job_title && author.employer && ' at '}
            {author.employer && <a href={author.employer.url}>{author.employer.name}</a>}
          </p>
        )}
      </div>
      <ProfileLinks site={site} />
    </header>
  )
}
