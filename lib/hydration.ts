import type { Properties } from 'hast'

/**
 * Pages are rendered by React at build time only; the post-build step (scripts/strip-runtime.ts)
 * removes Next.js's runtime from every page that does not carry this marker. An interactive
 * (client) component spreads it on its root element, so a page that uses one keeps the runtime
 * and hydrates. The marker is the same on the server and the client, so hydration never sees a
 * difference.
 */
export const hydrateMarker = { 'data-hydrate': '' } as const

/** Whether a parsed element (hast, where `data-hydrate` is `dataHydrate`) carries the marker. */
export function hasHydrateMarker(properties: Properties): boolean {
  return properties.dataHydrate !== undefined
}
