/**
 * Pages are rendered by React at build time only; the post-build step (scripts/strip-runtime.ts)
 * removes Next.js's runtime from every page that does not carry this marker. An interactive
 * (client) component spreads it on its root element, so a page that uses one keeps the runtime
 * and hydrates. The marker is the same on the server and the client, so hydration never sees a
 * difference.
 */
export const hydrateMarker = { 'data-hydrate': '' } as const

/** Whether an element with these attributes (name and value) carries the marker. */
export function hasHydrateMarker(attrs: { name: string }[]): boolean {
  return attrs.some((a) => a.name in hydrateMarker)
}
