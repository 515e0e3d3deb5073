import { videoEmbed } from '@/lib/talks/video'

/**
 * The recording, playable on the page: YouTube in privacy-enhanced mode (no cookies until it is
 * played), or a video file from this site. Other addresses are only linked (TalkLinks).
 */
export function TalkVideo({ href, title }: { href: string; title: string }) {
  const embed = videoEmbed(href)
  if (!embed) return null
  return (
    <figure className="talk-video">
      {embed.kind === 'youtube' ? (
        <iframe
          src={embed.src}
          title={`Recording: ${title}`}
          loading="lazy"
          allow="encrypted-media; picture-in-picture; fullscreen"
          referrerPolicy="strict-origin-when-cross-origin"
          allowFullScreen
        />
      ) : (
        <video src={embed.src} controls preload="metadata" aria-label={`Recording: ${title}`} />
      )}
    </figure>
  )
}
