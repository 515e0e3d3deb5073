/**
 * How a talk's recording can be shown on its page. YouTube is embedded from
 * youtube-nocookie.com (YouTube's privacy-enhanced mode, allowed by the CSP's frame-src in
 * lib/security.ts); a video file on this site plays in a <video> element (media-src 'self').
 * Any other address is only linked.
 */
export type VideoEmbed = { kind: 'youtube'; src: string } | { kind: 'file'; src: string }

const YOUTUBE_ID = /^[\w-]{11}$/

export function videoEmbed(href: string): VideoEmbed | undefined {
  if (/^\/(?!\/).*\.(mp4|webm|ogv|mov)$/i.test(href)) return { kind: 'file', src: href }
  let u: URL
  try {
    u = new URL(href)
  } catch {
    return undefined
  }
  const host = u.hostname.replace(/^(www\.|m\.)/, '')
  let id: string | undefined
  if (host === 'youtu.be') id = u.pathname.slice(1)
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com')
    id =
      u.pathname === '/watch'
        ? (u.searchParams.get('v') ?? undefined)
        : /^\/(?:embed|live|shorts)\/([^/]+)/.exec(u.pathname)?.[1]
  if (!id || !YOUTUBE_ID.test(id)) return undefined
  // A start time (?t=90 or ?start=90) carries over as the embed's start.
  const start = Number.parseInt(u.searchParams.get('t') ?? u.searchParams.get('start') ?? '', 10)
  const query = Number.isFinite(start) && start > 0 ? `?start=${start}` : ''
  return { kind: 'youtube', src: `https://www.youtube-nocookie.com/embed/${id}${query}` }
}
