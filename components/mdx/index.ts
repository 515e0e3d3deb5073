import { Callout } from './Callout'

/** The components MDX content may use by name. Anything else is reported at build time. */
export const mdxComponents = { Callout }

export const mdxComponentNames = Object.keys(mdxComponents)
