/**
 * The path prefix the site is served under ('' for a root or user site, '/site' for a GitHub
 * project site). Read from BASE_PATH at build time; normalised so that every caller can write
 * `${basePath}/posts/` without thinking about slashes.
 */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}` : ''
}

export const basePath = normaliseBasePath(process.env.BASE_PATH)
