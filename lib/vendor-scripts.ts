/**
 * Where the site serves Plotly's stand-in, which fetches the site's own copy of Plotly
 * (/vendor/plotly.min.js) only when a chart comes into view (app/vendor/plotly-when-seen.js).
 */
export const PLOTLY_URL = '/vendor/plotly-when-seen.js'
/** And its stylesheet (app/vendor/plotly.css/route.ts). */
export const PLOTLY_CSS_URL = '/vendor/plotly.css'
/**
 * The loader that runs a post's own scripts when what they draw comes into view
 * (app/vendor/scripts-when-seen.js).
 */
export const SCRIPTS_WHEN_SEEN_URL = '/vendor/scripts-when-seen.js'
/** The type that keeps a script inert until that loader runs it. */
export const INERT_SCRIPT_TYPE = 'text/x-when-seen'
/** The attribute marking an element that a post's scripts draw into (lib/import/script-targets.ts). */
export const SCRIPT_TARGET = 'data-script-target'
