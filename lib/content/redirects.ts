/**
 * Checks an old URL that should send visitors on, and returns its canonical form: a folder path
 * (`/old` → `/old/`), or a file path when it names an `.html` file, as Jekyll's did
 * (`/2019/08/07/post.html`). Returns an error for anything that could escape the site.
 */
export function normaliseRedirect(raw: string): { url: string } | { error: string } {
  const value = raw.trim()
  if (!value.startsWith('/') || value.startsWith('//') || /^\/*[a-z][a-z0-9+.-]*:/i.test(value)) {
    return { error: `redirect_from "${raw}" must be a path on this site (expected something like /old/url/)` }
  }
  if (/[\\?#\s<>"]/.test(value)) return { error: `redirect_from "${raw}" contains characters a path cannot have` }
  const segments = value.split('/').filter(Boolean)
  if (segments.some((s) => s === '..' || s === '.')) return { error: `redirect_from "${raw}" escapes its folder with "." or ".." (expected a plain path)` }
  if (!segments.length) return { error: `redirect_from "${raw}" would replace the home page` }
  const file = segments.at(-1)!.endsWith('.html')
  return { url: `/${segments.join('/')}${file ? '' : '/'}` }
}

/** One old URL and where it now leads. */
export interface Redirect {
  from: string
  to: string
  /** The file that asked for it, and where, for duplicate-URL messages. */
  file: string
  urlAt: { line: number; column: number }
}
