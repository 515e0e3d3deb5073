import { Callout } from './Callout'
import { Tab, Tabs } from './Tabs'

/**
 * The components MDX content may use by name. Anything else is reported at build time.
 * An interactive one (a client component) spreads `hydrateMarker` (lib/hydration.ts) on its root
 * element: pages that use it keep Next.js's runtime and hydrate; every other page ships without.
 */
export const mdxComponents = { Callout, Tabs, Tab }

export const mdxComponentNames = Object.keys(mdxComponents)
