/**
 * The site's Content-Security-Policy and security headers, declared once. app/layout.tsx renders
 * the policy as a `<meta http-equiv>` tag (for hosts that cannot set headers, such as GitHub
 * Pages) and vercel.json sends it as a header; a unit test keeps vercel.json in step.
 *
 * Next.js's exported pages carry inline `<script>`s (the React Server Components payload,
 * `self.__next_f.push(...)`), so `script-src` needs 'unsafe-inline' for now. The robustness issue
 * replaces it with the sha256 hashes of those scripts, computed from out/ after the build.
 * 'wasm-unsafe-eval' lets the search index (Pagefind) compile its WebAssembly; it allows no eval().
 */
const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"],
  // Stylesheets only from the site; `style="..."` attributes are allowed because kramdown's
  // attribute lists (`{: style="float: left"}`) write them into content.
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  // Markdown may hot-link images over HTTPS, as the original Jekyll pages did (shields.io badges).
  'img-src': ["'self'", 'data:', 'https:'],
  // Embedded videos (YouTube iframes in imported Jekyll posts); nothing else may be framed.
  'frame-src': ["'self'", 'https://www.youtube.com', 'https://www.youtube-nocookie.com'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Only meaningful as a header: browsers ignore it in a <meta> tag (and warn about it).
  'frame-ancestors': ["'none'"],
}

const HEADER_ONLY = new Set(['frame-ancestors'])

/** Hosts a feature adds to some directives: the configured analytics provider's (lib/analytics.ts). */
export type ExtraSources = Partial<Record<string, string[]>>

/**
 * The policy as one header value; `meta` leaves out what a `<meta http-equiv>` cannot carry.
 * A directive that `extra` adds and the base policy lacks starts from 'self'.
 */
export function contentSecurityPolicy({
  meta = false,
  extra = {},
}: { meta?: boolean; extra?: ExtraSources } = {}): string {
  const directives: Record<string, string[]> = { ...CSP_DIRECTIVES }
  for (const [name, hosts = []] of Object.entries(extra))
    if (hosts.length) directives[name] = [...(directives[name] ?? ["'self'"]), ...hosts]
  return Object.entries(directives)
    .filter(([name]) => !(meta && HEADER_ONLY.has(name)))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/** Every header a host that can set headers should send with every response. */
export function securityHeaders(extra: ExtraSources = {}): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ extra }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    },
  ]
}
