import { Callout } from './Callout'
import { Tab, Tabs } from './Tabs'
import type { MdxComponentName } from '@/lib/markdown/mdx'

/**
 * The components MDX content may use by name (their names are listed in lib/markdown/mdx.ts,
 * which checks content against them; the type keeps the two in step).
 * An interactive one (a client component) spreads `hydrateMarker` (lib/hydration.ts) on its root
 * element: pages that use it keep Next.js's runtime and hydrate; every other page ships without.
 */
export const mdxComponents = { Callout, Tabs, Tab } satisfies Record<MdxComponentName, unknown>
