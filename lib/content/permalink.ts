/** What a site path here cannot hold: a query, a fragment, spaces, quotes, angle brackets. */
export const PATH_UNSAFE = /[\\?#\s<>"]/

/**
 * The segments of an author-written site path (`/a/b/` → `['a', 'b']`), or why it is not one:
 * it must start with "/", stay on this host, hold only path characters and never step out of its
 * folder with "." or "..". `field` names the front-matter key in the message.
 */
function sitePathSegments(raw: string, field: string): { segments: string[] } | { error: string } {
  const value = raw.trim()
  if (!value.startsWith('/'))
    return { error: `${field} "${raw}" must start with "/" (expected a site path such as /about/)` }
  if (value.startsWith('//') || /^\/*[a-z][a-z0-9+.-]*:/i.test(value))
    return {
      error: `${field} "${raw}" points at another host (expected a site path such as /about/)`,
    }
  if (PATH_UNSAFE.test(value))
    return {
      error: `${field} "${raw}" contains characters a path cannot have (expected letters, digits, "-", "_", "." and "/")`,
    }
  const segments = value.split('/').filter(Boolean)
  if (segments.some((s) => s === '..' || s === '.'))
    return {
      error: `${field} "${raw}" escapes its folder with "." or ".." (expected a plain path)`,
    }
  return { segments }
}

/**
 * Checks an author-written permalink and returns it in the site's canonical form: starting and
 * ending with a slash (`/oss` → `/oss/`), because every page is exported as `<path>/index.html`.
 * Returns an error message for a permalink that could escape the site or is not a path.
 */
export function normalisePermalink(
  raw: string,
  field = 'permalink',
): { url: string } | { error: string } {
  const checked = sitePathSegments(raw, field)
  if ('error' in checked) return checked
  const { segments } = checked
  if (segments.at(-1)?.endsWith('.html'))
    return {
      error: `${field} "${raw}" names a file (expected a folder-style path such as /${segments.slice(0, -1).concat(segments.at(-1)!.slice(0, -5)).join('/')}/)`,
    }
  return { url: segments.length ? `/${segments.join('/')}/` : '/' }
}

/**
 * Checks an old URL that should send visitors on, and returns its canonical form: a folder path
 * (`/old` → `/old/`), or a file path when it names an `.html` file, as Jekyll's did
 * (`/2019/08/07/post.html`). Returns an error for anything that could escape the site.
 */
export function normaliseRedirect(
  raw: string,
  field = 'redirect_from',
): { url: string } | { error: string } {
  const checked = sitePathSegments(raw, field)
  if ('error' in checked) return checked
  const { segments } = checked
  if (!segments.length) return { error: `${field} "${raw}" would replace the home page` }
  const file = segments.at(-1)!.endsWith('.html')
  return { url: `/${segments.join('/')}${file ? '' : '/'}` }
}
