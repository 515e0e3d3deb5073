/**
 * Checks an author-written permalink and returns it in the site's canonical form: starting and
 * ending with a slash (`/oss` → `/oss/`), because every page is exported as `<path>/index.html`.
 * Returns an error message for a permalink that could escape the site or is not a path.
 */
export function normalisePermalink(raw: string): { url: string } | { error: string } {
  const value = raw.trim()
  if (!value.startsWith('/')) return { error: `permalink "${raw}" must start with "/" (expected a site path such as /about/)` }
  if (value.startsWith('//') || /^\/*[a-z][a-z0-9+.-]*:/i.test(value)) return { error: `permalink "${raw}" points at another host (expected a site path such as /about/)` }
  if (/[\\?#\s<>"]/.test(value)) return { error: `permalink "${raw}" contains characters a path cannot have (expected letters, digits, "-", "_", "." and "/")` }
  const segments = value.split('/').filter(Boolean)
  if (segments.some((s) => s === '..' || s === '.')) return { error: `permalink "${raw}" escapes its folder with "." or ".." (expected a plain path)` }
  if (segments.at(-1)?.endsWith('.html')) return { error: `permalink "${raw}" names a file (expected a folder-style path such as /${segments.slice(0, -1).concat(segments.at(-1)!.slice(0, -5)).join('/')}/)` }
  return { url: segments.length ? `/${segments.join('/')}/` : '/' }
}
