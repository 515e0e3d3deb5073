/**
 * The site's Content-Security-Policy and security headers, declared once.
 *
 * Scripts: no 'unsafe-inline'. The inline scripts a page really carries (Next.js's payload
 * `self.__next_f.push(...)` where it is kept, the theme script, raw HTML in content) are allowed by
 * their sha256 hashes, which only exist once the page does: scripts/output/csp.ts computes them for each
 * exported page and writes the policy into it as a `<meta http-equiv>` tag (GitHub Pages and any
 * host that cannot send headers).
 *
 * Vercel sends a header too, but vercel.json is read before the build, so it cannot hold hashes.
 * A browser enforces every policy it is given (a resource must pass all of them), so a header
 * with `script-src 'self'` would block the hashed scripts the meta tag allows. The header therefore
 * leaves scripts to the page: it has no `script-src` and no `default-src` (which `script-src`
 * would fall back to) and names every other fetch directive itself, while adding what a meta tag
 * cannot carry (`frame-ancestors`). Every exported HTML page carries the meta policy; the build
 * checks that it does.
 *
 * 'wasm-unsafe-eval' lets the search index (Pagefind) compile its WebAssembly; it allows no eval().
 * A configured analytics provider adds its hosts to both policies (`extra`, from lib/analytics.ts).
 */

type Where = 'both' | 'meta' | 'header'

const CSP_DIRECTIVES: [name: string, sources: string[], where: Where][] = [
  ['default-src', ["'self'"], 'meta'],
  // The hashes of the page's inline scripts are appended by scripts/output/csp.ts. Sources for
  // scripts (such as 'wasm-unsafe-eval') go here: the header has no script-src.
  ['script-src', ["'self'", "'wasm-unsafe-eval'"], 'meta'],
  // Stylesheets only from the site; `style="..."` attributes are allowed because kramdown's
  // attribute lists (`{: style="float: left"}`) write them into content.
  ['style-src', ["'self'"], 'both'],
  ['style-src-attr', ["'unsafe-inline'"], 'both'],
  // Markdown may hot-link images over HTTPS, as the original Jekyll pages did (shields.io badges).
  ['img-src', ["'self'", 'data:', 'https:'], 'both'],
  // Spelled out for the header, which has no default-src to fall back to. A source added here
  // (an analytics host in connect-src) reaches both policies.
  ['font-src', ["'self'"], 'both'],
  ['connect-src', ["'self'"], 'both'],
  ['media-src', ["'self'"], 'both'],
  ['manifest-src', ["'self'"], 'both'],
  // Embedded videos (YouTube iframes, as Jekyll posts have them); nothing else may be framed.
  ['frame-src', ["'self'", 'https://www.youtube.com', 'https://www.youtube-nocookie.com'], 'both'],
  ['worker-src', ["'self'"], 'both'],
  ['object-src', ["'none'"], 'both'],
  ['base-uri', ["'self'"], 'both'],
  ['form-action', ["'self'"], 'both'],
  // Only meaningful as a header: browsers ignore it in a <meta> tag (and warn about it).
  ['frame-ancestors', ["'none'"], 'header'],
]

/** Hosts a feature adds to some directives: the configured analytics provider's (lib/analytics.ts). */
export type ExtraSources = Partial<Record<string, string[]>>

/** The directives for one delivery, each with `extra`'s sources appended. */
function directives(where: Where, extra: ExtraSources): [string, string[]][] {
  return CSP_DIRECTIVES.filter(([, , w]) => w === 'both' || w === where).map(([name, sources]) => [
    name,
    [...sources, ...(extra[name] ?? [])],
  ])
}

/** The policy a page's `<meta http-equiv>` carries, with the hashes of the page's inline scripts. */
export function metaContentSecurityPolicy(
  scriptHashes: Iterable<string> = [],
  extra: ExtraSources = {},
): string {
  const hashes = [...new Set(scriptHashes)].sort().map((h) => `'sha256-${h}'`)
  return directives('meta', extra)
    .map(([name, sources]) => [name, ...sources, ...(name === 'script-src' ? hashes : [])])
    .map((parts) => parts.join(' '))
    .join('; ')
}

/** The policy sent as a header, for every response: scripts are left to the page's meta policy. */
export function headerContentSecurityPolicy(extra: ExtraSources = {}): string {
  return directives('header', extra)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/** Every header a host that can set headers should send with every response. */
export function securityHeaders(extra: ExtraSources = {}): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: headerContentSecurityPolicy(extra) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    },
  ]
}
