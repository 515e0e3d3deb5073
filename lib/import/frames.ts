// Framed already by the site's policy (lib/security.ts).
const ALLOWED = new Set(['https://www.youtube.com', 'https://www.youtube-nocookie.com'])

/**
 * The other sites the imported documents embed in `<iframe>`s (a Google Drive file, a slide
 * deck), as `https://host` origins for site.yaml's content.frames: without them the site's
 * security policy would block each frame.
 */
export function framedOrigins(texts: string[]): string[] {
  const origins = new Set<string>()
  for (const text of texts)
    for (const m of text.matchAll(
      /<iframe\b[^>]*?\ssrc\s*=\s*["']?(?:https:)?\/\/([^/"'\s>?#]+)/gi,
    )) {
      const origin = `https://${m[1]!.toLowerCase()}`
      if (!ALLOWED.has(origin) && /^https:\/\/[a-z0-9.-]+(:\d+)?$/.test(origin)) origins.add(origin)
    }
  return [...origins].sort()
}
